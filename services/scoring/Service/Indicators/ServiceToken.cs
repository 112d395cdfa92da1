using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Scoring.Indicators;

/// <summary>Scoring's own credential ("service:scoring") as gRPC headers, for calls to indicators (reading observations, closing periods).</summary>
public sealed class ServiceToken(ServiceCredential credential)
{
    public string Current() => credential.Current();

    public Metadata Headers() => new() { { "Authorization", $"Bearer {Current()}" } };
}
