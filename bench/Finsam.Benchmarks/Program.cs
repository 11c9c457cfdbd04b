using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Finsam.Benchmarks.DocumentRenderingBenchmarks).Assembly).Run(args);
