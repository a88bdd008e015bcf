using BenchmarkDotNet.Running;

namespace CrossBorderBot.Benchmarks;

/// <summary>
/// Micro-benchmarks of a turn's hot parts. Run in Release:
/// <c>dotnet run -c Release --project bench/CrossBorderBot.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quicker, rougher pass).
/// </summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
