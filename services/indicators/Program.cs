using Assessment.Indicators.Catalogue;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("indicatorsdb");
builder.Services.AddGrpc(options => options.EnableDetailedErrors = builder.Environment.IsDevelopment()).AddJsonTranscoding();
builder.Services.AddGrpcReflection();
builder.AddCatalogue();

var app = builder.Build();

await app.MigrateDatabaseAsync(typeof(Program).Assembly);
await app.Services.GetRequiredService<CatalogueSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);

app.MapDefaultEndpoints();
app.MapCatalogue();
if (app.Environment.IsDevelopment())
{
    app.MapGrpcReflectionService();
}

app.Run();
