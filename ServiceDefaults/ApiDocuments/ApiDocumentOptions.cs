namespace Assessment.ServiceDefaults.ApiDocuments;

/// <summary>The service's OpenAPI document, bound from "ApiDocuments"; the gateway switches it off and shows the services' documents instead.</summary>
public sealed class ApiDocumentOptions
{
    public const string Section = "ApiDocuments";

    /// <summary>Where every service serves its document: /openapi/indicators.json, /openapi/scoring.json...</summary>
    public const string RouteTemplate = "openapi/{documentName}.json";

    public bool Enabled { get; set; } = true;

    /// <summary>The document's name, and so its path; defaults to the service's name ("Assessment.Scoring" is "scoring").</summary>
    public string Name { get; set; } = string.Empty;
}
