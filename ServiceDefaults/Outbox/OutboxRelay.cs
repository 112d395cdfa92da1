using System.Diagnostics;
using System.Text.Json;
using Assessment.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assessment.ServiceDefaults.Outbox;

/// <summary>
/// Publishes outbox rows in batches: locks a batch (FOR UPDATE SKIP LOCKED, so several relays share the work and
/// never take the same row), publishes it concurrently, marks it published, commits. If the broker is away, or no
/// consumer queue exists yet, the transaction rolls back and the rows wait; a row published but not marked is
/// published again, which consumers absorb because the message id is the event id.
/// </summary>
public sealed class OutboxRelay(
    NpgsqlDataSource dataSource,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    OutboxEventTypes eventTypes,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayBatchAsync(settings, stoppingToken);
                if (published < settings.BatchSize)
                {
                    await ObserveBacklogAsync(stoppingToken);
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Outbox relay could not publish; retrying in {Delay}", settings.RetryDelay);
                await ObserveBacklogAsync(stoppingToken);
                await Task.Delay(settings.RetryDelay, stoppingToken);
            }
        }
    }

    public async Task<int> RelayBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new List<(long Id, Guid EventId, string Type, string Payload, string? TraceParent)>();
        await using (var select = new NpgsqlCommand("""
            SELECT id, event_id, message_type, payload::text, trace_parent FROM outbox
            WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            select.Parameters.AddWithValue(settings.BatchSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                batch.Add((reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.PublishTimeout);
        await Task.WhenAll(batch.Select(row => PublishAsync(row.EventId, row.Type, row.Payload, row.TraceParent, timeout.Token)));

        await using (var mark = new NpgsqlCommand("UPDATE outbox SET published_at = now() WHERE id = ANY($1)", connection, transaction))
        {
            mark.Parameters.AddWithValue(batch.Select(r => r.Id).ToArray());
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        metrics.Published.Add(batch.Count);
        logger.LogDebug("Published {Count} outbox events", batch.Count);
        return batch.Count;
    }

    private async Task ObserveBacklogAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT count(*), min(created_at) FROM outbox WHERE published_at IS NULL");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
            metrics.Observe(reader.GetInt64(0), oldest is { } at ? time.GetUtcNow() - at : TimeSpan.Zero);
        }
        catch (Npgsql.NpgsqlException e)
        {
            logger.LogDebug(e, "Could not read the outbox backlog");
        }
    }

    private async Task PublishAsync(Guid eventId, string typeName, string payload, string? traceParent, CancellationToken cancellationToken)
    {
        if (!eventTypes.TryGet(typeName, out var type))
        {
            throw new InvalidOperationException($"Outbox event {eventId} has unknown type {typeName}.");
        }

        // Continue the trace of the feed that wrote the event, so one trace follows a feed across the outbox.
        ActivityContext.TryParse(traceParent, null, out var parent);
        using var activity = AssessmentTelemetry.ActivitySource.StartActivity("outbox.publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.type", typeName);
        if (activity is not null)
        {
            EventAttributes.Tag(activity, JsonSerializer.Deserialize<JsonElement>(payload));
        }

        var message = JsonSerializer.Deserialize(payload, type)!;
        await bus.Publish(message, type, context =>
        {
            context.MessageId = eventId;
            // Mandatory: an event that no queue is bound for yet (a consumer that has not started) comes back as an
            // error instead of vanishing, so the row stays in the outbox and is sent again once the queue exists.
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                rabbit.Mandatory = true;
            }
        }, cancellationToken);
    }
}
