using System.Text;

namespace Assessment.Tests.Fuzzing;

/// <summary>
/// Seeded random mutations of a valid payload, the kind a broken regional system or a bad network produces: flipped
/// and dropped bytes, cut-offs, repeated and swapped chunks, and tokens that parsers and validators trip on.
/// Linked into every test project that fuzzes, so that a seed printed by one run reproduces it exactly.
/// </summary>
public sealed class PayloadMutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "NaN", "-NaN", "Infinity", "-Infinity", "inf", "1e308", "1e309", "-0", "-1", "0x1F", "9999999999999999999999", "1,5",
        "\0", "\u202e", "\u200f", "\u200b", "\ufeff", "\ud800", "К", "１", "'", "\"", "\\", ",", ";", "\n", "\r\n", "\t",
        "{", "}", "[", "]", ":", "null", "true", "[]", "{}", "\"\"", "<script>alert(1)</script>", "'; DROP TABLE observations;--",
        "%s%n", "${jndi:ldap://x}", "&amp;", "- ", "? ", "!!binary", "*anchor", "&anchor", "<<: *a", "---", "...", "#",
    ];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>One to four mutations of the text, never touching its first <paramref name="keep"/> characters.</summary>
    public string Mutate(string text, int keep = 0)
    {
        var head = text[..Math.Min(keep, text.Length)];
        var body = new StringBuilder(text[head.Length..]);
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(body);
        }

        return head + body;
    }

    private void MutateOnce(StringBuilder body)
    {
        var at = body.Length == 0 ? 0 : _random.Next(body.Length);
        var length = body.Length == 0 ? 0 : _random.Next(1, Math.Min(32, body.Length - at) + 1);
        switch (_random.Next(8))
        {
            case 0 when body.Length > 0:
                body[at] = (char)(body[at] ^ (1 << _random.Next(7)));
                break;
            case 1:
                body.Remove(at, length);
                break;
            case 2:
                body.Insert(at, body.ToString(at, length));
                break;
            case 3:
                body.Length = at;
                break;
            case 4:
                body.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 5:
                body.Remove(at, length).Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 6:
                body.Insert(at, new string((char)_random.Next(32, 127), _random.Next(1, 5000)));
                break;
            default:
                var other = body.Length == 0 ? 0 : _random.Next(body.Length);
                var chunk = body.ToString(at, length);
                body.Remove(at, length).Insert(Math.Min(other, body.Length), chunk);
                break;
        }
    }

    /// <summary>The seed for a fuzz run: FUZZ_SEED when set (to replay a failure), else a fresh one.</summary>
    public static int SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed) ? seed : Random.Shared.Next();

    /// <summary>How long a fuzz test runs: FUZZ_SECONDS when set, else the test's default.</summary>
    public static TimeSpan DurationFromEnvironment(double defaultSeconds) =>
        TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : defaultSeconds);
}
