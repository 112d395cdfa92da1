using System.Diagnostics;
using System.Text.Json;

namespace Assessment.ServiceDefaults.Telemetry;

/// <summary>
/// Puts the searchable fields of an integration event (submission id, bodies, cycle, run, counts) on a span, by
/// the events' property names, so the outbox relay and every consumer tag their spans alike without knowing the
/// event types (ServiceDefaults does not reference the contracts).
/// </summary>
public static class EventAttributes
{
    public static void Tag(Activity? activity, JsonElement message)
    {
        if (activity is null || message.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in message.EnumerateObject())
        {
            switch (property.Name)
            {
                case "SubmissionId" when property.Value.ValueKind == JsonValueKind.String:
                    activity.SetTag(SpanAttributes.SubmissionId, property.Value.GetString());
                    break;
                case "CycleId" when property.Value.ValueKind == JsonValueKind.String:
                    activity.SetTag(SpanAttributes.Cycle, property.Value.GetString());
                    break;
                case "RunNumber" when property.Value.ValueKind == JsonValueKind.Number:
                    activity.SetTag(SpanAttributes.Run, property.Value.GetInt32());
                    break;
                case "Accepted" when property.Value.ValueKind == JsonValueKind.Number:
                    activity.SetTag(SpanAttributes.Observations, property.Value.GetInt32());
                    break;
                case "EventId" when property.Value.ValueKind == JsonValueKind.String:
                    activity.SetTag(SpanAttributes.EventId, property.Value.GetString());
                    break;
                case "BodyCodes" when property.Value.ValueKind == JsonValueKind.Array:
                    activity.SetTag(SpanAttributes.Body, SpanAttributes.Bodies(
                        property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)));
                    break;
            }
        }
    }

    public static void Tag<T>(Activity? activity, T message)
        where T : class
    {
        if (activity is not null)
        {
            Tag(activity, JsonSerializer.SerializeToElement(message, message.GetType()));
        }
    }
}
