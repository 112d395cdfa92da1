namespace Assessment.Integration.Tests.Replicas;

/// <summary>The whole system as RunningSystem starts it, but with two replicas of every service.</summary>
public sealed class ReplicatedSystem : RunningSystem
{
    public const int Replicas = 2;

    public static readonly string[] Services = ["indicators", "scoring", "reporting", "gateway"];

    // Eight service processes start one after another (each waits for its dependencies to be healthy): on a shared
    // 2-core machine that took over 4 minutes.
    protected override TimeSpan StartTimeout => TimeSpan.FromMinutes(10);

    protected override IEnumerable<string> ExtraSettings =>
        Services.Select(s => $"Replicas:{char.ToUpperInvariant(s[0])}{s[1..]}={Replicas}");

    /// <summary>The running replicas of a service, found among this system's processes.</summary>
    public IReadOnlyList<ServiceReplica> ReplicasOf(string service) => ServiceReplica.Find(Traces.Endpoint, service);
}

[CollectionDefinition(Name)]
public sealed class ReplicatedSystemCollection : ICollectionFixture<ReplicatedSystem>
{
    public const string Name = "replicated system";
}
