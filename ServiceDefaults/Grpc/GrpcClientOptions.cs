namespace Assessment.ServiceDefaults.Grpc;

/// <summary>Deadlines for outgoing gRPC calls, bound from GrpcClients:{name}.</summary>
public sealed class GrpcClientOptions
{
    public TimeSpan UnaryDeadline { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan StreamingDeadline { get; set; } = TimeSpan.FromMinutes(5);
}
