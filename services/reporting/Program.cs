using Assessment.Reporting.Audit;
using Assessment.Reporting.Consultation;
using Assessment.Reporting.Contests;
using Assessment.Reporting.OpenData;
using Assessment.Reporting.Pages;
using Assessment.Reporting.Releases;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Messaging;
using Assessment.ServiceDefaults.Persistence;
using Assessment.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAssessmentAuthentication();
builder.Services.AddProblemDetails();
builder.AddServiceDatabase("reportingdb");
builder.Services.AddGrpc();
builder.AddReleases();
builder.AddPages();
builder.AddAudit();
builder.AddContests();
builder.AddConsultation();
builder.AddMessaging(bus => bus.AddReleaseConsumers());

var app = builder.Build();

await app.MigrateDatabaseAsync(typeof(Program).Assembly);

app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapReleases();
app.MapOpenData();
app.MapContests();
app.MapConsultation();
app.MapAudit();
app.MapPages();

app.Run();
