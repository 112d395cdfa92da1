using System.Text.Json.Serialization;
using Assessment.Contracts.Scoring;

namespace Assessment.Reporting.OpenData;

/// <summary>One column of an open-data table: its name, type, unit and meaning, and how to read it from a body's result.</summary>
public sealed record Column(string Name, string Type, string Unit, string Meaning, [property: JsonIgnore] Func<BodyResult, object?> Value);
