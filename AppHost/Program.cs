using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Assessment.AppHost;
using Assessment.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

builder.Services.AddHostedService<ResourceStateReporter>();

var infrastructure = builder.AddInfrastructure();
var indicatorsDb = infrastructure.AddDatabase("indicatorsdb", "indicators");
var scoringDb = infrastructure.AddDatabase("scoringdb", "scoring");
var reportingDb = infrastructure.AddDatabase("reportingdb", "reporting");

var indicators = builder.AddProject<Projects.Assessment_Indicators>("indicators")
    .WithHttpAndGrpcEndpoints()
    .WithDependency(indicatorsDb)
    .WithDependency(infrastructure.RabbitMq)
    .WithDependency(infrastructure.Redis);

var scoring = builder.AddProject<Projects.Assessment_Scoring>("scoring")
    .WithHttpAndGrpcEndpoints()
    .WithDependency(scoringDb)
    .WithDependency(infrastructure.RabbitMq)
    .WithReference(indicators).WaitFor(indicators);

var reporting = builder.AddProject<Projects.Assessment_Reporting>("reporting")
    .WithHttpAndGrpcEndpoints()
    .WithDependency(reportingDb)
    .WithDependency(infrastructure.RabbitMq)
    .WithDependency(infrastructure.Redis)
    .WithReference(scoring).WaitFor(scoring);

builder.AddProject<Projects.Assessment_Gateway>("gateway")
    .WithHttpAndGrpcEndpoints(
        httpPort: builder.Configuration.GetValue<int?>("Gateway:HttpPort"),
        grpcPort: builder.Configuration.GetValue<int?>("Gateway:GrpcPort"))
    .WithExternalHttpEndpoints()
    .WithReference(indicators).WaitFor(indicators)
    .WithReference(scoring).WaitFor(scoring)
    .WithReference(reporting).WaitFor(reporting);

builder.Build().Run();
