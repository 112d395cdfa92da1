using Assessment.Gateway.ApiReference;
using Assessment.Gateway.Limits;
using Assessment.Gateway.Routing;
using Assessment.Gateway.Security;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Http2;

var builder = WebApplication.CreateBuilder(args);

// Feeds are the largest requests; the services apply their own, finer limits (values per submission).
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 64L * 1024 * 1024;
    // A feed stream that indicators holds back (its turn has not come) leaves its sent bytes unread here, up to a
    // stream's window: 256 KiB (Kestrel's default, 768 KiB, held ~230 waiting quarter-end pushes in full) still lets a
    // regional system 50 ms away send ~5 MB/s per stream. The connection window is twice what a regional system's
    // waiting streams can hold, so that they never keep its other streams from being read (Http2Windows).
    kestrel.Limits.Http2.InitialStreamWindowSize = 256 * 1024;
    kestrel.Limits.Http2.InitialConnectionWindowSize = Http2Windows.ConnectionWindowFor(kestrel.Limits.Http2);
});

builder.AddServiceDefaults();
builder.AddGatewaySecurity();
builder.AddGatewayDeadlines();
builder.AddRoutedServiceHealthChecks();
builder.Services.AddProblemDetails();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

app.UseStatusCodePages();
app.UseMiddleware<RequestSizeLimit>();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseRequestTimeouts();

app.MapDefaultEndpoints();
app.MapApiReference();
app.MapReverseProxy();

app.Run();
