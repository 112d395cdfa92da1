namespace Assessment.Scoring.Engine.Data;

/// <summary>An assessed body as the engine sees it: a code and the peer group it is ranked within.</summary>
public sealed record Body(string Code, string PeerGroup);
