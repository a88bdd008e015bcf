using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Alerts;

/// <summary>
/// <c>POST /api/admin/alerts/run</c> with <c>{"asOf": "YYYY-MM-DD"}</c> and <c>Authorization: Bearer &lt;Admin:ApiKey&gt;</c>:
/// runs the rule-change check as of that day (today when omitted) and answers <c>{"sent": n}</c>. 404 when no key is
/// configured (the endpoint does not exist then), 401 on a missing or wrong key, 400 on a bad date.
/// </summary>
public static class AlertAdminEndpoints
{
    public const string RunPath = "/api/admin/alerts/run";

    public static IEndpointRouteBuilder MapRuleAlerts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(RunPath, RunAsync);
        return endpoints;
    }

    private static async Task<IResult> RunAsync(HttpContext http, IOptions<AdminOptions> admin, RuleAlertChecker checker, TimeProvider time)
    {
        var key = admin.Value.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return TypedResults.NotFound();
        }

        if (!IsAuthorized(http.Request.Headers.Authorization.ToString(), key))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Unauthorized();
        }

        var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
                if (body.RootElement.ValueKind == JsonValueKind.Object
                    && body.RootElement.TryGetProperty("asOf", out var value)
                    && value.ValueKind != JsonValueKind.Null)
                {
                    if (value.ValueKind != JsonValueKind.String
                        || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
                    {
                        return TypedResults.BadRequest(new { error = "asOf must be a date written YYYY-MM-DD." });
                    }
                }
            }
            catch (JsonException)
            {
                return TypedResults.BadRequest(new { error = "The body must be JSON: {\"asOf\": \"YYYY-MM-DD\"}." });
            }
        }

        var sent = await checker.RunAsync(asOf, http.RequestAborted);
        return TypedResults.Ok(new { sent, asOf = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    /// <summary>Compares hashes of the presented and configured keys in constant time (equal lengths, no early exit).</summary>
    public static bool IsAuthorized(string authorization, string apiKey)
    {
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
