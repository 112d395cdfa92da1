using Assessment.ServiceDefaults.Signals;

namespace Assessment.ServiceDefaults.Outbox;

/// <summary>Wakes the relay when a transaction has just written to the outbox, so events go out without waiting for the next poll.</summary>
public sealed class OutboxSignal : WakeSignal;
