using Assessment.ServiceDefaults.Messaging;

namespace Assessment.Reporting.Releases;

/// <summary>Reporting's queue for new score runs: durable, retried, then the error queue.</summary>
public sealed class ScoresComputedConsumerDefinition() : DurableConsumerDefinition<ScoresComputedConsumer>("reporting-scores-computed");
