using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace CrossBorderBot.Hosting;

/// <summary><c>POST /api/messages</c>: the Bot Framework door (Teams, Azure Bot Service channels, the Emulator).</summary>
public static class MessagesEndpoint
{
    /// <summary>Teams keeps bot messages under ~100 KB; anything far above that is not a real activity.</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
        {
            var sizeLimit = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (sizeLimit is { IsReadOnly: false })
            {
                sizeLimit.MaxRequestBodySize = MaxRequestBytes;
            }

            if (http.Request.ContentLength > MaxRequestBytes)
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Activity too large",
                    detail: $"An activity may not exceed {MaxRequestBytes} bytes.").ExecuteAsync(http);
                return;
            }

            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        });
        return endpoints;
    }
}
