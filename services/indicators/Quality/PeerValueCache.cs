using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Assessment.Indicators.Feeds;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assessment.Indicators.Quality;

/// <summary>
/// The current value of every body per (indicator, period), kept for the outlier check's comparison with peers.
/// At a quarter end 250 bodies push the same 2,000 (indicator, period) pairs: read from the database per push, that
/// comparison fetched up to 500,000 rows for each push and took two thirds of the whole burst's time (bench/rollout).
/// Here a pair is read once and then kept current by this instance's own commits (<see cref="Apply"/>, newest
/// revision wins); values committed by another instance reach it when the pair is read again, at most
/// <see cref="FeedLimits.PeerValuesMaxAge"/> later. Pushes that need the same pair at once share one read.
/// </summary>
public sealed class PeerValueCache(NpgsqlDataSource dataSource, IOptions<FeedLimits> limits, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Indicator, string Period), PairValues> _pairs = new();
    private readonly ConcurrentDictionary<string, string> _bodyCodes = new(StringComparer.Ordinal);
    private long _lastSweep;

    /// <summary>Pairs held now (for tests and diagnostics).</summary>
    public int PairCount => _pairs.Count;

    /// <summary>
    /// For each (indicator, period) of the rows and each peer group of their bodies, the current values of the group's
    /// other bodies (those not in the rows: the submission's own values are compared separately).
    /// </summary>
    public async Task<PeerSamples> PeersAsync(
        IReadOnlyList<FeedRow> rows, Func<string, string?> peerGroupOf, CancellationToken cancellationToken)
    {
        Sweep();
        var pairs = rows.Select(r => (r.IndicatorCode, r.Period)).Distinct().ToList();
        var now = time.GetTimestamp();
        var maxAge = limits.Value.PeerValuesMaxAge;
        var held = new List<((string Indicator, string Period) Key, PairValues Pair)>(pairs.Count);
        var mine = new List<((string, string) Key, PairValues Pair)>();
        var theirs = new List<Task>();
        foreach (var key in pairs)
        {
            // Held by reference from here on: a sweep may drop the pair from the dictionary meanwhile.
            var pair = _pairs.GetOrAdd(key, _ => new PairValues());
            held.Add((key, pair));
            lock (pair)
            {
                pair.LastUsed = now;
                if (pair.Loading is { } loading)
                {
                    theirs.Add(loading.Task);
                }
                else if (pair.Values is null || time.GetElapsedTime(pair.LoadedAt, now) > maxAge)
                {
                    pair.Loading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    pair.Pending = [];
                    mine.Add((key, pair));
                }
            }
        }

        if (mine.Count > 0)
        {
            await LoadAsync(mine);
        }

        // Another push's read of a pair this one needs: it was started first, so it is at least as fresh.
        await Task.WhenAll(theirs).WaitAsync(cancellationToken);

        var submissionBodies = rows.Select(r => r.BodyCode).ToHashSet(StringComparer.Ordinal);
        var groups = submissionBodies.Select(b => peerGroupOf(b) ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        // Per body met, the group it is compared in, or null when it is not a peer of this submission's bodies. Cached
        // body codes are one string each, so the look-up goes by reference.
        var peerIn = new Dictionary<string, string?>(ReferenceEqualityComparer.Instance);
        // Sized by the values held now: at most these are copied (another push's commit may add a few; the buffer grows).
        var heldValues = 0;
        foreach (var (_, pair) in held)
        {
            lock (pair)
            {
                heldValues += pair.Values!.Count;
            }
        }

        var result = new PeerSamples(heldValues);
        var byGroup = groups.ToDictionary(g => g, _ => new List<double>(), StringComparer.Ordinal);
        foreach (var (key, pair) in held)
        {
            foreach (var list in byGroup.Values)
            {
                list.Clear();
            }

            lock (pair)
            {
                var values = pair.Values!;
                for (var i = 0; i < values.Count; i++)
                {
                    var body = values.Bodies[i];
                    if (!peerIn.TryGetValue(body, out var group))
                    {
                        group = peerGroupOf(body) ?? string.Empty;
                        peerIn[body] = group = submissionBodies.Contains(body) || !groups.Contains(group) ? null : group;
                    }

                    if (group is not null)
                    {
                        byGroup[group].Add(values.Values[i]);
                    }
                }
            }

            foreach (var (group, list) in byGroup)
            {
                if (list.Count > 0)
                {
                    result.Add((key.Indicator, key.Period, group), CollectionsMarshal.AsSpan(list));
                }
            }
        }

        return result;
    }

    /// <summary>Values this instance has just committed: each replaces the cached one unless that is already a later revision.</summary>
    public void Apply(IEnumerable<(string BodyCode, string IndicatorCode, string Period, int Revision, double Value)> committed)
    {
        foreach (var (body, indicator, period, revision, value) in committed)
        {
            if (!_pairs.TryGetValue((indicator, period), out var pair))
            {
                continue;
            }

            lock (pair)
            {
                pair.Values?.Set(Intern(body), revision, value);

                // A read under way may have taken its snapshot before this commit: the value is laid over it when it lands.
                pair.Pending?.Add((Intern(body), revision, value));
            }
        }
    }

    /// <summary>
    /// One query for the pairs this push reads. Not cancelled with the push: other pushes may be waiting on the same
    /// read, and a sender hanging up must not fail theirs.
    /// </summary>
    private async Task LoadAsync(List<((string Indicator, string Period) Key, PairValues Pair)> mine)
    {
        var loaded = new Dictionary<(string, string), BodyValues>();
        try
        {
            await using var command = dataSource.CreateCommand("""
                SELECT indicator_code, period, array_agg(body_code), array_agg(revision), array_agg(value)
                FROM current_observations
                WHERE (indicator_code, period) IN (SELECT * FROM unnest($1::text[], $2::text[]))
                GROUP BY indicator_code, period
                """);
            command.Parameters.AddWithValue(mine.Select(m => m.Key.Indicator).ToArray());
            command.Parameters.AddWithValue(mine.Select(m => m.Key.Period).ToArray());
            await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
            while (await reader.ReadAsync(CancellationToken.None))
            {
                var bodies = reader.GetFieldValue<string[]>(2);
                var revisions = reader.GetFieldValue<int[]>(3);
                var values = reader.GetFieldValue<double[]>(4);
                for (var i = 0; i < bodies.Length; i++)
                {
                    bodies[i] = Intern(bodies[i]);
                }

                loaded[(reader.GetString(0), reader.GetString(1))] = BodyValues.From(bodies, revisions, values);
            }
        }
        catch (Exception e)
        {
            foreach (var (_, pair) in mine)
            {
                TaskCompletionSource loading;
                lock (pair)
                {
                    loading = pair.Loading!;
                    pair.Loading = null;
                    pair.Pending = null;
                }

                loading.SetException(e);
            }

            throw;
        }

        var loadedAt = time.GetTimestamp();
        foreach (var (key, pair) in mine)
        {
            TaskCompletionSource loading;
            lock (pair)
            {
                var values = loaded.GetValueOrDefault(key) ?? BodyValues.From([], [], []);
                foreach (var (body, revision, value) in pair.Pending!)
                {
                    values.Set(body, revision, value);
                }

                pair.Values = values;
                pair.LoadedAt = loadedAt;
                pair.Pending = null;
                loading = pair.Loading!;
                pair.Loading = null;
            }

            loading.SetResult();
        }
    }

    /// <summary>One string per body code, however many pairs hold it.</summary>
    private string Intern(string body) => _bodyCodes.GetOrAdd(body, body);

    /// <summary>Drops pairs no push has asked for within the maximum age, at most once per that age.</summary>
    private void Sweep()
    {
        var now = time.GetTimestamp();
        var maxAge = limits.Value.PeerValuesMaxAge;
        var last = Interlocked.Read(ref _lastSweep);
        if (time.GetElapsedTime(last, now) < maxAge || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (key, pair) in _pairs)
        {
            lock (pair)
            {
                if (pair.Loading is null && time.GetElapsedTime(pair.LastUsed, now) > maxAge)
                {
                    _pairs.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class PairValues
    {
        public BodyValues? Values;
        public long LoadedAt;
        public long LastUsed;
        public TaskCompletionSource? Loading;
        public List<(string Body, int Revision, double Value)>? Pending;
    }
}
