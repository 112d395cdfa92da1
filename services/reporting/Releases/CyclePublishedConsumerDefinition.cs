using Assessment.ServiceDefaults.Messaging;

namespace Assessment.Reporting.Releases;

/// <summary>Reporting's queue for publications: durable, retried, then the error queue.</summary>
public sealed class CyclePublishedConsumerDefinition() : DurableConsumerDefinition<CyclePublishedConsumer>("reporting-cycle-published");
