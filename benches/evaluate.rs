//! `cargo bench`: throughput of `evaluate` natively. Native only.
//!
//! - the full request fixture (graduate + post + teacher): typed request →
//!   `Report`, and JSON → JSON;
//! - every request of tests/cases/, and, when the sibling folder
//!   `../shared/peers/` is there, its 1,000 requests (the ones
//!   `side-by-side.mjs` runs through `pkg/`): typed request → `Report`, one
//!   iteration being the whole set (divide by its size for one evaluation).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use dengtong::{Date, Request};

const FULL: &str = include_str!("../tests/fixtures/full-request.json");

fn parsed(jsons: impl IntoIterator<Item = String>) -> Vec<Request> {
    jsons
        .into_iter()
        .filter_map(|j| dengtong::parse_request(&j).ok())
        .collect()
}

fn case_requests() -> Vec<Request> {
    parsed(support::case_requests().iter().map(|r| r.to_string()))
}

fn peer_requests() -> Option<Vec<Request>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/peers/requests.json");
    let text = std::fs::read_to_string(path).ok()?;
    let all: Vec<serde_json::Value> = serde_json::from_str(&text).ok()?;
    Some(parsed(all.into_iter().map(|r| r.to_string())))
}

fn bench(c: &mut Criterion) {
    let today = Date::ymd(2024, 5, 1);
    let req = dengtong::parse_request(FULL).expect("fixture parses");
    c.bench_function("evaluate (typed request → report)", |b| {
        b.iter(|| dengtong::evaluate(black_box(&req), today))
    });
    c.bench_function("evaluate_json (JSON → JSON)", |b| {
        b.iter(|| dengtong::evaluate_json(black_box(FULL), today))
    });
    let mut sets = vec![("every case request", case_requests())];
    if let Some(peers) = peer_requests() {
        sets.push(("the 1,000 peer requests", peers));
    }
    let mut group = c.benchmark_group("evaluate (typed request → report)");
    for (name, requests) in &sets {
        group.throughput(Throughput::Elements(requests.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                for r in requests {
                    black_box(dengtong::evaluate(black_box(r), today));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
