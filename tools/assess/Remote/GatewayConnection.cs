using Assessment.Cli.Configuration;
using Grpc.Core;
using Grpc.Net.Client;

namespace Assessment.Cli.Remote;

/// <summary>One gRPC channel to the gateway and the call options (bearer token, deadline) every call carries.</summary>
internal sealed class GatewayConnection(CliSettings settings) : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(settings.GatewayGrpc, new GrpcChannelOptions
    {
        MaxSendMessageSize = 64 * 1024 * 1024,
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    public CallInvoker Invoker => _channel.CreateCallInvoker();

    public Uri Address => settings.GatewayGrpc;

    /// <summary>Call options with the token (required unless anonymous is allowed) and a deadline.</summary>
    public CallOptions Call(TimeSpan timeout, CancellationToken cancellationToken, bool tokenRequired = true)
    {
        var headers = new Metadata();
        var token = tokenRequired ? settings.RequireToken() : settings.Token;
        if (token is not null)
        {
            headers.Add("Authorization", $"Bearer {token}");
        }

        // gRPC compares deadlines with the wall clock, so this is DateTime.UtcNow and not the environment's TimeProvider.
        return new CallOptions(headers, DateTime.UtcNow.Add(timeout), cancellationToken);
    }

    public void Dispose() => _channel.Dispose();
}
