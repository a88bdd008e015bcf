using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Charts;

public static class ChartsServiceCollectionExtensions
{
    /// <summary>
    /// Result charts and the alert offer after results: settings (<c>Charts</c>), the CJK font, the renderer, chart
    /// storage and signed links, and <see cref="ResultAddOnsBot"/> around the registered <see cref="IBot"/>. Call after
    /// <c>AddCrossBorderBot</c> and <c>AddRuleAlerts</c>.
    /// </summary>
    public static IServiceCollection AddResultCharts(this IServiceCollection services)
    {
        services.AddOptions<ChartOptions>()
            .BindConfiguration(ChartOptions.SectionName)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Charts:LinkLifetime must be positive.")
            .Validate(o => o.Width is >= 200 and <= 2000 && o.Height is >= 150 and <= 2000, "Charts:Width and Height must be 200–2000 and 150–2000 pixels.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Charts:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChartFonts>();
        services.AddSingleton<ChartRenderer>();
        services.AddSingleton<ChartStore>();
        services.AddSingleton<ChartSigningKey>();
        services.AddSingleton<ResultAddOnService>();

        var registration = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("AddResultCharts wraps the bot: call it after AddCrossBorderBot.");
        services.Remove(registration);
        services.AddSingleton<IBot>(provider => new ResultAddOnsBot(
            (IBot)(registration.ImplementationInstance
                ?? registration.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!)),
            provider.GetRequiredService<ResultAddOnService>()));
        return services;
    }
}
