namespace Assessment.Indicators.Feeds.Validation;

/// <summary>A reporting period as stored. Kind: year, quarter or month; State: open or closed.</summary>
public sealed record PeriodRecord(string Code, string Kind, DateOnly StartsOn, DateOnly EndsOn, string State, DateTimeOffset Deadline)
{
    public bool IsOpen => State == "open";
}
