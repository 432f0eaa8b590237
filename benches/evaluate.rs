//! `cargo bench`: throughput of `evaluate` on a typical full request
//! (graduate + post + teacher). Native only.
#![cfg(not(target_arch = "wasm32"))]

use criterion::{black_box, criterion_group, criterion_main, Criterion};

const FULL: &str = include_str!("../tests/fixtures/full-request.json");

fn bench(c: &mut Criterion) {
    let today = dengtong::Date::ymd(2024, 5, 1);
    let req = dengtong::parse_request(FULL).expect("fixture parses");
    c.bench_function("evaluate (typed request → report)", |b| {
        b.iter(|| dengtong::evaluate(black_box(&req), today))
    });
    c.bench_function("evaluate_json (JSON → JSON)", |b| {
        b.iter(|| dengtong::evaluate_json(black_box(FULL), today))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
