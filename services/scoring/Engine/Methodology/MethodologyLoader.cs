namespace Assessment.Scoring.Engine.Methodology;

/// <summary>Reads and validates a methodology in one call; the entry point for the service and the CLI.</summary>
public static class MethodologyLoader
{
    public static MethodologyLoadResult Load(string yaml)
    {
        var read = MethodologyReader.Read(yaml);
        if (read.Methodology is null)
        {
            return read;
        }
        var errors = MethodologyValidator.Validate(read.Methodology);
        return errors.IsEmpty ? read : new MethodologyLoadResult(null, errors);
    }
}
