using System.Diagnostics;
using System.Text.Json;
using Assessment.Contracts.Events;
using Assessment.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assessment.Scoring.Outbox;

/// <summary>
/// Publishes outbox rows in batches: locks a batch (FOR UPDATE SKIP LOCKED, so replicas share the work and never
/// take the same row), publishes it concurrently, marks it published and commits. With the broker away the
/// transaction rolls back and the rows wait; a row published but not marked goes out again, which consumers
/// absorb because the message id is the event id.
/// </summary>
public sealed class OutboxRelay(NpgsqlDataSource dataSource, IBus bus, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    private static readonly Dictionary<string, Type> KnownTypes = new()
    {
        [typeof(ScoresComputed).FullName!] = typeof(ScoresComputed),
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RelayBatchAsync(settings, stoppingToken) < settings.BatchSize)
                {
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
                await Task.Delay(settings.RetryDelay, stoppingToken);
            }
        }
    }

    private async Task<int> RelayBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new List<(long Id, OutboxMessage Message)>();
        await using (var select = new NpgsqlCommand("""
            SELECT id, event_id, message_type, payload::text, trace_parent FROM outbox
            WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            select.Parameters.AddWithValue(settings.BatchSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                batch.Add((reader.GetInt64(0), new OutboxMessage(reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4))));
            }
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.PublishTimeout);
        await Task.WhenAll(batch.Select(row => PublishAsync(row.Message, timeout.Token)));

        await using (var mark = new NpgsqlCommand("UPDATE outbox SET published_at = now() WHERE id = ANY($1)", connection, transaction))
        {
            mark.Parameters.AddWithValue(batch.Select(r => r.Id).ToArray());
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = KnownTypes.GetValueOrDefault(message.MessageType)
            ?? throw new InvalidOperationException($"Outbox event {message.EventId} has unknown type {message.MessageType}.");

        // Continue the trace of the run that wrote the event.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = AssessmentTelemetry.ActivitySource.StartActivity("outbox.publish", ActivityKind.Producer, parent);
        activity?.SetTag("assessment.event_id", message.EventId);
        activity?.SetTag("messaging.message.type", message.MessageType);

        var payload = JsonSerializer.Deserialize(message.Payload, type)!;
        await bus.Publish(payload, type, context =>
        {
            context.MessageId = message.EventId;
            // Mandatory: with no queue bound yet (reporting not started), the broker returns the event and it
            // stays in the outbox to be sent again, instead of being dropped.
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                rabbit.Mandatory = true;
            }
        }, cancellationToken);
    }
}
