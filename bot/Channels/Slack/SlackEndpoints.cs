using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// The native Slack door: <c>POST /api/slack/events</c> (Events API), <c>/interactions</c> (button clicks) and
/// <c>/commands</c> (slash commands). Every request is verified before anything else runs (401 otherwise), and
/// answered at once; turns run in the background. Without a signing secret the endpoints answer 404.
/// </summary>
public static class SlackEndpoints
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/slack");
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<SlackOptions>>().CurrentValue.IsEnabled
                ? await next(context)
                : TypedResults.NotFound());
        group.MapPost("/events", HandleEventsAsync);
        group.MapPost("/interactions", HandleInteractionsAsync);
        group.MapPost("/commands", HandleCommandsAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<SlackChallengeResponse>, Ok, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult>> HandleEventsAsync(
        HttpRequest request, SlackRequestVerifier verifier, SlackEventHandler events, CancellationToken cancellationToken)
    {
        if (await verifier.ReadVerifiedBodyAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.Unauthorized();
        }

        if (ParseJson(Encoding.UTF8.GetString(body)) is not { } envelope || SlackPayloadTypes.MistypedEventField(envelope) is not null)
        {
            return TypedResults.BadRequest();
        }

        if (envelope.Value<string>("type") == "url_verification")
        {
            return envelope.Value<string>("challenge") is { } challenge
                ? TypedResults.Ok(new SlackChallengeResponse(challenge))
                : TypedResults.BadRequest();
        }

        return ToResult(events.Handle(envelope, request.Headers[RetryNumHeader].ToString()));
    }

    private static async Task<Results<Ok<SlackChallengeResponse>, Ok, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult>> HandleInteractionsAsync(
        HttpRequest request, SlackRequestVerifier verifier, SlackInteractionHandler interactions, CancellationToken cancellationToken)
    {
        if (await ReadVerifiedFormAsync(request, verifier, cancellationToken) is not { } form)
        {
            return TypedResults.Unauthorized();
        }

        if (!form.TryGetValue("payload", out var payloadText) || ParseJson(payloadText.ToString()) is not { } payload
            || SlackPayloadTypes.MistypedInteractionField(payload) is not null)
        {
            return TypedResults.BadRequest();
        }

        return ToResult(interactions.Handle(payload));
    }

    private static async Task<Results<Ok<SlackCommandResponse>, Ok, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult>> HandleCommandsAsync(
        HttpRequest request, SlackRequestVerifier verifier, SlackCommandHandler commands, CancellationToken cancellationToken)
    {
        if (await ReadVerifiedFormAsync(request, verifier, cancellationToken) is not { } form)
        {
            return TypedResults.Unauthorized();
        }

        if (form.TryGetValue("ssl_check", out var sslCheck) && sslCheck == "1")
        {
            // Slack checks the command URL's certificate from time to time; it only wants a 200.
            return TypedResults.Ok();
        }

        var (outcome, acknowledgement) = commands.Handle(form);
        return outcome switch
        {
            SlackRequestOutcome.Malformed => TypedResults.BadRequest(),

            // Slack shows the ephemeral text to the user; a busy answer is still a 200 so the user sees why.
            _ => TypedResults.Ok(SlackCommandResponse.Ephemeral(acknowledgement)),
        };
    }

    private static Results<Ok<SlackChallengeResponse>, Ok, UnauthorizedHttpResult, BadRequest, StatusCodeHttpResult> ToResult(SlackRequestOutcome outcome) => outcome switch
    {
        SlackRequestOutcome.Malformed => TypedResults.BadRequest(),

        // Slack retries what it did not get a 2xx for: exactly what a full queue wants.
        SlackRequestOutcome.Busy => TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable),
        _ => TypedResults.Ok(),
    };

    // Interactions and slash commands both come as a form; Slack signs its raw bytes, so the body is verified before it
    // is read as one. Null when the signature does not hold.
    private static async Task<Dictionary<string, StringValues>?> ReadVerifiedFormAsync(
        HttpRequest request, SlackRequestVerifier verifier, CancellationToken cancellationToken) =>
        await verifier.ReadVerifiedBodyAsync(request, cancellationToken) is { } body ? QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)) : null;

    private static JObject? ParseJson(string text)
    {
        try
        {
            return JToken.Parse(text) as JObject;
        }
        catch (JsonReaderException)
        {
            // Includes nesting deeper than the reader's limit.
            return null;
        }
    }
}
