using Assessment.Scoring.FeedActivity;
using Assessment.Scoring.Methodologies;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Messaging;
using Assessment.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("scoringdb");
builder.Services.AddGrpc(options => options.EnableDetailedErrors = builder.Environment.IsDevelopment()).AddJsonTranscoding();
builder.Services.AddGrpcReflection();
builder.AddMethodologies();
builder.AddFeedActivity();
builder.AddMessaging(bus => bus.AddFeedActivityConsumers());

var app = builder.Build();

await app.MigrateDatabaseAsync(typeof(Program).Assembly);
await app.Services.GetRequiredService<ShippedMethodologies>().RegisterAsync(app.Lifetime.ApplicationStopping);

app.MapDefaultEndpoints();
app.MapMethodologies();
app.MapFeedActivity();
if (app.Environment.IsDevelopment())
{
    app.MapGrpcReflectionService();
}

app.Run();
