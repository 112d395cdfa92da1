using Assessment.Indicators.Catalogue;
using Assessment.Indicators.Credentials;
using Assessment.Indicators.Demo;
using Assessment.Indicators.Feeds;
using Assessment.Indicators.Observations;
using Assessment.Indicators.Periods;
using Assessment.Indicators.Quality;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Messaging;
using Assessment.ServiceDefaults.Outbox;
using Assessment.ServiceDefaults.Persistence;
using Assessment.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

var maxPayload = builder.Configuration.GetValue<int?>($"{FeedLimits.Section}:{nameof(FeedLimits.MaxPayloadBytes)}") ?? new FeedLimits().MaxPayloadBytes;
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxPayload);

builder.AddServiceDefaults();
builder.AddAssessmentAuthentication();
builder.AddServiceDatabase("indicatorsdb");
builder.AddMessaging();
builder.Services.AddGrpc(options =>
{
    options.EnableDetailedErrors = builder.Environment.IsDevelopment();
    options.MaxReceiveMessageSize = maxPayload;
}).AddJsonTranscoding(transcoding =>
    // Rejections carry the receipt as a google.rpc.Status detail (an Any); JSON callers need its type to read it.
    transcoding.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(Assessment.Contracts.Indicators.SubmissionReceipt.Descriptor));
builder.Services.AddGrpcReflection();

builder.AddCatalogue();
builder.AddCredentials();
builder.AddPeriods();
builder.AddFeeds();
builder.AddObservations();
builder.AddQuality();
builder.AddOutbox(typeof(Assessment.Contracts.Events.ObservationsAccepted));
builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
builder.Services.AddSingleton<DemoDataLoader>();

var app = builder.Build();

await app.MigrateDatabaseAsync(typeof(Program).Assembly);
await app.Services.GetRequiredService<CatalogueSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
await app.Services.GetRequiredService<DemoDataLoader>().LoadAsync(app.Lifetime.ApplicationStopping);

app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapCatalogue();
app.MapCredentials();
app.MapPeriods();
app.MapFeeds();
app.MapObservations();
app.MapQuality();
if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Grpc:Reflection"))
{
    app.MapGrpcReflectionService();
}

app.Run();
