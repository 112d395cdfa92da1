namespace Assessment.Scoring.Scores;

public static class ScoresExtensions
{
    public static WebApplication MapScores(this WebApplication app)
    {
        app.MapGrpcService<ScoresGrpcService>();
        return app;
    }
}
