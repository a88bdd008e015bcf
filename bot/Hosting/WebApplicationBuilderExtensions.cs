namespace CrossBorderBot.Hosting;

public static class WebApplicationBuilderExtensions
{
    /// <summary>The Bot Framework's customary local address; the Emulator and the README assume it.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless <c>ASPNETCORE_URLS</c>, <c>--urls</c> or an <c>urls</c> setting says
    /// otherwise. (Putting the default in appsettings.json would override the environment variable.)
    /// </summary>
    public static WebApplicationBuilder UseDefaultBotUrl(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
