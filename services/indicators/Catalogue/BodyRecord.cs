namespace Assessment.Indicators.Catalogue;

/// <summary>An assessed body as stored. Kind is one of central_body, oblast, city, district.</summary>
public sealed record BodyRecord(
    string Code,
    string NameKk,
    string NameRu,
    string NameEn,
    string Kind,
    string? ParentCode,
    string PeerGroup,
    DateOnly ActiveFrom,
    DateOnly? ActiveTo)
{
    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || day < ActiveTo);
}
