namespace Assessment.Contracts.Events;

/// <summary>
/// Announced by indicators once a submission is stored: what changed, not the values. <see cref="AcceptedAt"/> is when
/// its values were stored (just before the commit), not when it arrived: that is the receipt's received_at.
/// </summary>
public sealed record ObservationsAccepted(
    Guid EventId,
    string SubmissionId,
    string Sender,
    IReadOnlyList<string> BodyCodes,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> IndicatorCodes,
    int Accepted,
    int NewRevisions,
    DateTimeOffset AcceptedAt);
