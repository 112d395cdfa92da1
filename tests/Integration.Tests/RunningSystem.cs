using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assessment.Integration.Tests;

/// <summary>
/// The whole system, started once per test collection from the AppHost: real PostgreSQL, Redis and RabbitMQ as
/// local processes with their data in a fresh temporary folder, the four services, and the gateway in front.
/// </summary>
public class RunningSystem : IAsyncLifetime
{
    private readonly string _signingKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "assessment-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>How long the whole system may take to become healthy (ASSESSMENT_TEST_START_MINUTES overrides it).</summary>
    protected virtual TimeSpan StartTimeout => TimeSpan.FromMinutes(
        int.TryParse(Environment.GetEnvironmentVariable("ASSESSMENT_TEST_START_MINUTES"), out var minutes) && minutes > 0 ? minutes : 4);

    /// <summary>The temporary folder holding the servers' data (postgres/, redis/, rabbitmq/).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The key the system signs and checks tokens with (Parameters:auth-signing-key).</summary>
    public string SigningKey => _signingKey;

    /// <summary>HTTP/1.1 client for the gateway's public HTTP endpoint.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>gRPC channel to the gateway's HTTP/2 endpoint.</summary>
    public GrpcChannel GatewayGrpc { get; private set; } = null!;

    /// <summary>Receives every service's spans over OTLP, as an external collector would.</summary>
    public Telemetry.OtlpTraceReceiver Traces { get; } = new();

    /// <summary>More AppHost settings for a system started differently (e.g. Replicas:Scoring=2); none by default.</summary>
    protected virtual IEnumerable<string> ExtraSettings => [];

    public async Task InitializeAsync()
    {
        await Traces.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Assessment_AppHost>(
        [
            "Infrastructure:Mode=local",
            $"Infrastructure:DataDirectory={_dataDirectory}",
            "Infrastructure:FastUnsafeStorage=true",
            "Grpc:Reflection=true",
            $"Parameters:auth-signing-key={_signingKey}",
            $"Telemetry:OtlpEndpoint={Traces.Endpoint}",
            .. ExtraSettings,
        ]);
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Assessment.AppHost.Resources", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));

        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);

        Gateway = App.CreateHttpClient("gateway", "http");
        GatewayGrpc = GrpcChannel.ForAddress(App.GetEndpoint("gateway", "grpc"));
    }

    public async Task DisposeAsync()
    {
        GatewayGrpc?.Dispose();
        await Traces.DisposeAsync();
        Gateway?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be writing its last file; the folder is under the temp directory anyway.
        }
    }

    /// <summary>A token signed with the system's key, as the assess CLI's admin would issue it.</summary>
    public string Token(string subject, string[] roles, params string[] bodies) =>
        new TokenIssuer(new AuthOptions { SigningKey = _signingKey }, TimeProvider.System).Issue(subject, roles, bodies, TimeSpan.FromHours(1));

    public string AdminToken() => Token("test-admin", [Roles.MethodologyAdmin]);

    public string ReporterToken(params string[] bodies) => Token("test-reporter-" + string.Join("-", bodies), [Roles.Reporter], bodies);

    /// <summary>gRPC call options with a bearer token and a deadline.</summary>
    public static CallOptions WithToken(string token, int seconds = 60) =>
        new(new Metadata { { "Authorization", $"Bearer {token}" } }, DateTime.UtcNow.AddSeconds(seconds));

    /// <summary>A direct HTTP client for one service, bypassing the gateway (for checks the gateway does not expose).</summary>
    public HttpClient ServiceHttp(string resource) => App.CreateHttpClient(resource, "http");

    /// <summary>Stops or starts one resource, e.g. the broker, to test what happens while it is away.</summary>
    public async Task ExecuteCommandAsync(string resource, string command)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} on {resource} failed: {result.Message}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<RunningSystem>
{
    public const string Name = "running system";
}
