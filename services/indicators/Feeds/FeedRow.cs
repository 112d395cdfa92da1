namespace Assessment.Indicators.Feeds;

/// <summary>
/// One value as read from a feed, before validation. Row is the 1-based position that errors refer to:
/// the line of a CSV file (header = 1), the index in a JSON array, the position in a gRPC stream.
/// Value is null when the text could not be read as a number; RawValue keeps what was sent, for the error.
/// </summary>
public sealed record FeedRow(
    int Row,
    string BodyCode,
    string IndicatorCode,
    string Period,
    double? Value,
    string RawValue,
    string Unit = "",
    string Comment = "");
