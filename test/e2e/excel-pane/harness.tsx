/**
 * The task pane as Excel shows it, for the e2e run (test/e2e/excel-pane.js): the real pane (mount.tsx, the
 * Office adapter and all) over the fake Excel host of the unit tests, in Chromium. `?sets=ExcelApi 1.12`
 * emulates an older Excel (the fake refuses every member above it). The fake is `window.kcFake` for the test.
 */
import { mount } from "../../../src/taskpane/mount";
import { FakeExcel } from "../../office/fake-excel";

const sets = new URLSearchParams(location.search).get("sets");
const fake = new FakeExcel({ requirementSets: sets ? sets.split(",") : undefined });
fake.addSheet("Tổng hợp", { A1: "Khu vực phía Nam 2023", A2: "Sổ tổng hợp của Sở Công Thương" });
fake.addSheet("Cần Thơ", { A1: "Bản của cán bộ", B2: 7 });
fake.install("vi-VN");
(window as unknown as { kcFake: FakeExcel }).kcFake = fake;
void mount(document.getElementById("root")!);
