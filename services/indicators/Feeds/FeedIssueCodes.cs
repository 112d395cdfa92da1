namespace Assessment.Indicators.Feeds;

/// <summary>The stable machine-readable codes of feed errors and warnings (FeedIssue.code).</summary>
public static class FeedIssueCodes
{
    public const string Malformed = "malformed";
    public const string NotUtf8 = "not_utf8";
    public const string UnknownField = "unknown_field";
    public const string DuplicateField = "duplicate_field";
    public const string MissingField = "missing_field";
    public const string InvalidSubmissionId = "invalid_submission_id";
    public const string EmptySubmission = "empty_submission";
    public const string TooManyValues = "too_many_values";
    public const string InvalidCode = "invalid_code";
    public const string UnknownBody = "unknown_body";
    public const string BodyNotActive = "body_not_active";
    public const string UnknownIndicator = "unknown_indicator";
    public const string InvalidPeriod = "invalid_period";
    public const string UnknownPeriod = "unknown_period";
    public const string PeriodClosed = "period_closed";
    public const string WrongPeriodicity = "wrong_periodicity";
    public const string NotReportedByKind = "not_reported_by_body_kind";
    public const string NotANumber = "not_a_number";
    public const string NotFinite = "not_finite";
    public const string NegativeZero = "negative_zero";
    public const string OutOfRange = "out_of_range";
    public const string WrongUnit = "wrong_unit";
    public const string DuplicateKey = "duplicate_key";
    public const string NotEntitled = "not_entitled";
    public const string TextTooLong = "text_too_long";
    public const string OutlierAgainstPeers = "outlier_against_peers";
    public const string OutlierAgainstHistory = "outlier_against_history";
}
