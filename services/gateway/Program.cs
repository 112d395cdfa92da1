using Assessment.Gateway.ApiReference;
using Assessment.Gateway.Limits;
using Assessment.Gateway.Routing;
using Assessment.Gateway.Security;
using Assessment.ServiceDefaults.Health;

var builder = WebApplication.CreateBuilder(args);

// Feeds are the largest requests; the services apply their own, finer limits (values per submission).
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 64L * 1024 * 1024;
    // A feed stream that indicators holds back (its turn has not come) leaves its sent bytes unread here too; room for
    // every stream's window on a connection keeps one regional system's waiting streams from stalling its others.
    kestrel.Limits.Http2.InitialConnectionWindowSize = kestrel.Limits.Http2.MaxStreamsPerConnection * kestrel.Limits.Http2.InitialStreamWindowSize;
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
