using Assessment.Gateway.Limits;
using Assessment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Assessment.Gateway.Tests;

public class RefusalMessageTests
{
    private static readonly AuthOptions Options = new() { SigningKey = new string('k', 40) };

    [Fact]
    public void A_request_without_a_bearer_header_is_told_how_to_send_one()
    {
        Assert.Contains("'Authorization: Bearer <token>'", AuthenticationProblems.ChallengeDetail(new DefaultHttpContext(), null, Options));
    }

    [Fact]
    public void Each_token_defect_gets_its_own_message()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Authorization = "Bearer x.y.z";

        Assert.Contains("expired at 2026-11-29 12:00:00Z",
            AuthenticationProblems.ChallengeDetail(http, new SecurityTokenExpiredException { Expires = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc) }, Options));
        Assert.Contains("accepts only audience 'assessment-api'", AuthenticationProblems.ChallengeDetail(http, new SecurityTokenInvalidAudienceException(), Options));
        Assert.Contains("signature does not match", AuthenticationProblems.ChallengeDetail(http, new SecurityTokenInvalidSignatureException(), Options));
        Assert.Equal("The token abc was revoked.", AuthenticationProblems.ChallengeDetail(http, new AuthenticationFailureException("The token abc was revoked."), Options));
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("Ақмола", "%D0%90%D2%9B%D0%BC%D0%BE%D0%BB%D0%B0")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void Grpc_messages_are_percent_encoded_as_the_protocol_requires(string message, string header)
    {
        Assert.Equal(header, GrpcMessageEncoding.Encode(message));
    }

    [Fact]
    public void The_size_refusal_names_the_size_the_limit_and_what_to_do()
    {
        var detail = RequestSizeLimit.Detail(70_000_000, 64L * 1024 * 1024);

        Assert.Equal("The request body is 70000000 bytes; the gateway accepts at most 67108864 bytes (64 MiB). " +
            "Split the feed into several submissions, or stream it with Feeds/SubmitStream (gRPC) in batches.", detail);
    }
}
