using System.Collections.Concurrent;
using Assessment.Scoring.Engine.Compilation;
using Grpc.Core;

namespace Assessment.Scoring.Methodologies;

/// <summary>
/// Compiled methodologies by id and version. A registered version never changes, so a compiled one is kept for
/// the life of the process and every run of every cycle under it shares it.
/// </summary>
public sealed class CompiledMethodologies(MethodologyStore store)
{
    private readonly ConcurrentDictionary<(string Id, string Version), CompiledVersion> _cache = new();

    public async Task<CompiledVersion> GetAsync(string id, string version, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue((id, version), out var cached))
        {
            return cached;
        }

        var found = await store.FindAsync(id, version, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No methodology {id} version {(version.Length == 0 ? "(latest)" : version)} is registered."));
        var compiled = new CompiledVersion(CompiledMethodology.FromYaml(found.Yaml), found.Yaml, found.Summary.Sha256);
        return version.Length == 0 ? compiled : _cache.GetOrAdd((id, version), compiled);
    }
}
