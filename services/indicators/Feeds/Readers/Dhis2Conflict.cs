namespace Assessment.Indicators.Feeds.Readers;

/// <summary>One entry of the conflicts of a DHIS2 import summary: the offending object and what is wrong with it.</summary>
public sealed record Dhis2Conflict(string Object, string Value);
