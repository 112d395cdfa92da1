using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assessment.ServiceDefaults.Telemetry;
using MassTransit;

namespace Assessment.ServiceDefaults.Messaging;

/// <summary>
/// Watches every message a consumer takes: records the consumer lag (time from publish to consume, per consumer
/// queue and message type) and puts the event's searchable fields on MassTransit's receive span, so a search for a
/// submission id or a cycle finds the consumers too.
/// </summary>
public sealed class ConsumeTelemetryObserver : IConsumeObserver
{
    private readonly Histogram<double> _lag;
    private readonly TimeProvider _time;

    public ConsumeTelemetryObserver(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        var meter = meters.Create(AssessmentTelemetry.MessagingMeterName);
        _lag = meter.CreateHistogram<double>("assessment.consumer.lag", "s",
            "Time from an event's publication to its consumption, per consumer queue and message type");
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.SentTime is { } sent)
        {
            var lag = _time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(sent, DateTimeKind.Utc);
            _lag.Record(Math.Max(0, lag.TotalSeconds),
                new KeyValuePair<string, object?>("consumer", QueueName(context.ReceiveContext.InputAddress)),
                new KeyValuePair<string, object?>("message_type", typeof(T).Name));
        }

        EventAttributes.Tag(Activity.Current, context.Message);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    // rabbitmq://host/vhost/queue-name?bind=... : the queue names the consumer (one consumer per queue here).
    private static string QueueName(Uri? address) => address is null ? "unknown" : address.Segments[^1].Trim('/');
}
