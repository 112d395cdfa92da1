using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Storage;

/// <summary>A submission already stored: its content hash and the receipt it was given.</summary>
public sealed record StoredSubmission(string SubmissionId, string ContentHash, SubmissionReceipt Receipt);
