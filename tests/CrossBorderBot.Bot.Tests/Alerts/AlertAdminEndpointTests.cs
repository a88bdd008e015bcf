using System.Net;
using CrossBorderBot.Alerts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Alerts;

/// <summary><c>POST /api/admin/alerts/run</c>: absent without a key, refused with a wrong one, runs with the right one.</summary>
public sealed class AlertAdminEndpointTests
{
    [Fact]
    public async Task Without_a_configured_key_the_endpoint_does_not_exist()
    {
        using var host = new DirectLineTestHost();
        using var client = host.CreateClient();

        using var response = await AlertAdminClient.RunRawAsync(client, "2027-07-02", key: "anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("test-admin-key-0123456789abcdeF")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_key_is_refused(string? key)
    {
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?> { ["Admin:ApiKey"] = AlertAdminClient.ApiKey });
        using var client = host.CreateClient();

        using var response = await AlertAdminClient.RunRawAsync(client, "2027-07-02", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_right_key_runs_the_check_and_a_bad_date_is_a_bad_request()
    {
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?> { ["Admin:ApiKey"] = AlertAdminClient.ApiKey });
        using var client = host.CreateClient();

        Assert.Equal(0, await AlertAdminClient.RunAsync(client, "2027-07-02"));
        using var bad = await AlertAdminClient.RunRawAsync(client, "02/07/2027");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("Bearer secret-key", "secret-key", true)]
    [InlineData("bearer secret-key ", "secret-key", true)]
    [InlineData("Bearer secret-kez", "secret-key", false)]
    [InlineData("Basic secret-key", "secret-key", false)]
    [InlineData("", "secret-key", false)]
    public void The_key_check_accepts_only_the_configured_bearer_key(string header, string key, bool expected) =>
        Assert.Equal(expected, AlertAdminEndpoints.IsAuthorized(header, key));
}
