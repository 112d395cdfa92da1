using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Assessment.AppHost;
using Assessment.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

builder.Services.AddHostedService<ResourceStateReporter>();
builder.Services.AddHostedService<ResourceCommandInbox>();

var infrastructure = builder.AddInfrastructure();
// Signs and checks every token; generated once per machine (user secrets) unless configured (Parameters:auth-signing-key).
var signingKey = builder.AddParameter("auth-signing-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true, persist: true);
var demoEnabled = builder.Configuration.GetValue("Demo:Enabled", true);
string DemoFile(params string[] parts) => demoEnabled ? Path.GetFullPath(Path.Combine([builder.AppHostDirectory, "..", "data", "demo", .. parts])) : string.Empty;

var otlpEndpoint = builder.Configuration["Telemetry:OtlpEndpoint"];

var indicatorsDb = infrastructure.AddDatabase("indicatorsdb", "indicators");
var scoringDb = infrastructure.AddDatabase("scoringdb", "scoring");
var reportingDb = infrastructure.AddDatabase("reportingdb", "reporting");

var indicators = builder.AddProject<Projects.Assessment_Indicators>("indicators")
    .WithHttpAndGrpcEndpoints()
    .WithExternalOtlpWhenConfigured(otlpEndpoint)
    .WithServiceMemory(builder.Configuration)
    .WithDependency(indicatorsDb)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithEnvironment("Demo__RegionalDataFile", DemoFile("kz-regions", "regional-indicators.csv"))
    .WithEnvironment("Demo__AssessmentBlocksFile", DemoFile("kz-assessment-blocks", "assessment-blocks-2024-2025.csv"))
    .WithDependency(infrastructure.RabbitMq)
    .WithDependency(infrastructure.Redis)
    .WithConfiguredReplicas(builder.Configuration);

var scoring = builder.AddProject<Projects.Assessment_Scoring>("scoring")
    .WithHttpAndGrpcEndpoints()
    .WithExternalOtlpWhenConfigured(otlpEndpoint)
    .WithServiceMemory(builder.Configuration)
    .WithDependency(scoringDb)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithDependency(infrastructure.RabbitMq)
    .WithReference(indicators).WaitFor(indicators)
    .WithConfiguredReplicas(builder.Configuration);

var reporting = builder.AddProject<Projects.Assessment_Reporting>("reporting")
    .WithHttpAndGrpcEndpoints()
    .WithExternalOtlpWhenConfigured(otlpEndpoint)
    .WithServiceMemory(builder.Configuration)
    .WithDependency(reportingDb)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithDependency(infrastructure.RabbitMq)
    .WithDependency(infrastructure.Redis)
    .WithReference(scoring).WaitFor(scoring)
    .WithReference(indicators).WaitFor(indicators)
    .WithConfiguredReplicas(builder.Configuration);

builder.AddProject<Projects.Assessment_Gateway>("gateway")
    .WithHttpAndGrpcEndpoints(
        httpPort: builder.Configuration.GetValue<int?>("Gateway:HttpPort"),
        grpcPort: builder.Configuration.GetValue<int?>("Gateway:GrpcPort"))
    .WithExternalHttpEndpoints()
    .WithExternalOtlpWhenConfigured(otlpEndpoint)
    .WithServiceMemory(builder.Configuration)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithReference(indicators).WaitFor(indicators)
    .WithReference(scoring).WaitFor(scoring)
    .WithReference(reporting).WaitFor(reporting)
    .WithConfiguredReplicas(builder.Configuration);

builder.Build().Run();
