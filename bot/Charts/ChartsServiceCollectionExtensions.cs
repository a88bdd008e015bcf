using CrossBorderBot.Composition;

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
        services.AddValidatedOptions<ChartOptions, ChartOptionsValidator>(ChartOptions.SectionName);
        services.AddSingleton<ChartFonts>();
        services.AddSingleton(provider => new ChartRenderer(provider.GetRequiredService<ChartFonts>));
        services.AddSingleton<ChartStore>();
        services.AddSingleton<ChartSigningKey>();
        services.AddSingleton<ResultAddOnService>();

        return services.DecorateBot<ResultAddOnsBot>(nameof(AddResultCharts));
    }
}
