using Assessment.ServiceDefaults.Messaging;

namespace Assessment.Scoring.FeedActivity;

/// <summary>Scoring's queue for accepted feeds: durable, retried, then the error queue.</summary>
public sealed class ObservationsAcceptedConsumerDefinition() : DurableConsumerDefinition<ObservationsAcceptedConsumer>("scoring-observations-accepted");
