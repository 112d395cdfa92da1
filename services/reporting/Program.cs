using Assessment.Reporting.OpenData;
using Assessment.Reporting.Pages;
using Assessment.Reporting.Releases;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Messaging;
using Assessment.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("reportingdb");
builder.Services.AddGrpc();
builder.AddReleases();
builder.AddPages();
builder.AddMessaging(bus => bus.AddReleaseConsumers());

var app = builder.Build();

await app.MigrateDatabaseAsync(typeof(Program).Assembly);

app.MapDefaultEndpoints();
app.MapReleases();
app.MapOpenData();
app.MapPages();

app.Run();
