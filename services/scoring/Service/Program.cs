using Assessment.Scoring.Audit;
using Assessment.Scoring.Cycles;
using Assessment.Scoring.FeedActivity;
using Assessment.Scoring.Indicators;
using Assessment.Scoring.Methodologies;
using Assessment.ServiceDefaults.Outbox;
using Assessment.Scoring.Runs;
using Assessment.Scoring.Scores;
using Assessment.Scoring.Triggers;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Messaging;
using Assessment.ServiceDefaults.Persistence;
using Assessment.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAssessmentAuthentication();
builder.AddServiceDatabase("scoringdb");
builder.Services.AddGrpc(options => options.EnableDetailedErrors = builder.Environment.IsDevelopment()).AddJsonTranscoding();
builder.Services.AddGrpcReflection();
builder.AddIndicatorsClients();
builder.AddMethodologies();
builder.AddCycles();
builder.AddRuns();
builder.AddTriggers();
builder.AddOutbox(typeof(Assessment.Contracts.Events.ScoresComputed), typeof(Assessment.Contracts.Events.CyclePublished));
builder.AddFeedActivity();
builder.AddAudit();
builder.AddMessaging(bus => bus.AddFeedActivityConsumers());

var app = builder.Build();

await app.MigrateDatabaseAsync(typeof(Program).Assembly);
await app.Services.GetRequiredService<ShippedMethodologies>().RegisterAsync(app.Lifetime.ApplicationStopping);
await app.Services.GetRequiredService<CycleSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);

app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapMethodologies();
app.MapCycles();
app.MapScores();
app.MapFeedActivity();
app.MapAudit();
if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Grpc:Reflection"))
{
    app.MapGrpcReflectionService();
}

app.Run();
