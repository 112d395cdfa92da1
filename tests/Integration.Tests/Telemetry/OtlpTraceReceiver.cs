using System.Collections.Concurrent;
using Assessment.Integration.Tests.Telemetry.Otlp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assessment.Integration.Tests.Telemetry;

/// <summary>
/// An in-process OTLP/HTTP (protobuf) receiver: the services export to it as they would to Jaeger, Tempo or a
/// collector, and tests read back the spans and log records of a feed. Every payload (metrics too) is also searched
/// for watched strings, so a test can prove a secret never left a service in its telemetry.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly ConcurrentQueue<ReceivedLog> _logs = new();
    private readonly ConcurrentDictionary<string, byte[]> _watched = new();
    private readonly ConcurrentQueue<string> _sightings = new();
    private WebApplication? _app;

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans.ToArray();

    public IReadOnlyCollection<ReceivedLog> Logs => _logs.ToArray();

    /// <summary>Watched strings seen in any exported payload ("signal: text"), from the moment they were watched.</summary>
    public IReadOnlyCollection<string> Sightings => _sightings.ToArray();

    public void Watch(string text) => _watched[text] = System.Text.Encoding.UTF8.GetBytes(text);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            Collect(ExportTraceServiceRequest.Parser.ParseFrom(await ReadAsync(request, "traces")));
            return Results.Ok();
        });
        _app.MapPost("/v1/logs", async (HttpRequest request) =>
        {
            Collect(ExportLogsServiceRequest.Parser.ParseFrom(await ReadAsync(request, "logs")));
            return Results.Ok();
        });
        _app.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            await ReadAsync(request, "metrics");
            return Results.Ok();
        });
        await _app.StartAsync();
        Endpoint = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private async Task<byte[]> ReadAsync(HttpRequest request, string signal)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        foreach (var (text, pattern) in _watched)
        {
            if (((ReadOnlySpan<byte>)bytes).IndexOf((ReadOnlySpan<byte>)pattern) >= 0)
            {
                _sightings.Enqueue($"{signal}: {text}");
            }
        }

        return bytes;
    }

    private void Collect(ExportLogsServiceRequest request)
    {
        foreach (var resource in request.ResourceLogs)
        {
            var service = resource.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "?";
            foreach (var scope in resource.ScopeLogs)
            {
                foreach (var log in scope.LogRecords)
                {
                    _logs.Enqueue(new ReceivedLog(
                        service,
                        scope.Scope?.Name ?? string.Empty,
                        log.SeverityText,
                        Text(log.Body),
                        Convert.ToHexStringLower(log.TraceId.Span),
                        Convert.ToHexStringLower(log.SpanId.Span),
                        log.Attributes.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => Text(g.First().Value))));
                }
            }
        }
    }

    private void Collect(ExportTraceServiceRequest request)
    {
        foreach (var resource in request.ResourceSpans)
        {
            var service = resource.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "?";
            var instance = resource.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.instance.id")?.Value?.StringValue ?? string.Empty;
            foreach (var scope in resource.ScopeSpans)
            {
                foreach (var span in scope.Spans)
                {
                    _spans.Enqueue(new ReceivedSpan(
                        service,
                        scope.Scope?.Name ?? string.Empty,
                        span.Name,
                        Convert.ToHexStringLower(span.TraceId.Span),
                        Convert.ToHexStringLower(span.SpanId.Span),
                        Convert.ToHexStringLower(span.ParentSpanId.Span),
                        span.Attributes.ToDictionary(a => a.Key, a => Text(a.Value)),
                        span.Links.Select(l => (Convert.ToHexStringLower(l.TraceId.Span), Convert.ToHexStringLower(l.SpanId.Span))).ToList())
                    {
                        Instance = instance,
                    });
                }
            }
        }
    }

    private static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        _ => string.Empty,
    };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
