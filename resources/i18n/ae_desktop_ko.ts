<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivationsView</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>재구성</translation>
    </message>
    <message>
        <source>What the model sees: the canvas digit after MNIST&apos;s preprocessing and the noise panel&apos;s noise, the same input as the panes&apos;.</source>
        <translation>모델이 보는 것: MNIST 전처리와 노이즈 패널의 노이즈를 거친 캔버스 숫자로, 재구성 창들이 받는 입력과 같습니다.</translation>
    </message>
    <message>
        <source>The reconstruction: the last layer&apos;s output after the output activation, on the digits&apos; [0, 1] scale, as the model&apos;s pane shows it.</source>
        <translation>재구성: 마지막 층의 출력에 출력 활성화를 적용한 것으로, 모델 창에 보이는 것처럼 숫자의 [0, 1] 척도입니다.</translation>
    </message>
    <message>
        <source>The VAE&apos;s encoder ends in two dense heads; this one gives the mean μ of the code&apos;s distribution, which the app decodes (no sampling).</source>
        <translation>VAE의 인코더는 밀집층 출력 두 개로 끝납니다. 이것은 코드 분포의 평균 μ를 내놓으며, 앱은 이 값을 디코딩합니다(샘플링 없음).</translation>
    </message>
    <message>
        <source>The VAE&apos;s second head: the log-variance of the code&apos;s distribution, how unsure the encoder is. Training samples codes around μ with this spread; the decoder never sees it here.</source>
        <translation>VAE의 두 번째 출력: 코드 분포의 로그 분산으로, 인코더가 얼마나 불확실한지를 나타냅니다. 훈련에서는 μ 주위에서 이만큼 퍼지게 코드를 샘플링합니다. 여기서 디코더는 이 값을 보지 않습니다.</translation>
    </message>
    <message>
        <source>Convolution: {c} learned {k} filters slid over the previous maps with stride {s}; each tile is one filter&apos;s feature map.</source>
        <translation>합성곱: 학습된 {k} 필터 {c}개를 이전 맵 위로 스트라이드 {s}로 밀며 적용합니다. 타일 하나가 필터 하나의 특성 맵입니다.</translation>
    </message>
    <message>
        <source>Transposed convolution: {c} learned {k} filters that paint the maps back, stride {s} (a stride of 2 doubles their size).</source>
        <translation>전치 합성곱: 학습된 {k} 필터 {c}개가 맵을 다시 그려 냅니다. 스트라이드 {s}(스트라이드 2는 맵 크기를 두 배로 만듭니다).</translation>
    </message>
    <message>
        <source>Dense layer: each output is a weighted sum of every value of the layer before.</source>
        <translation>밀집층: 각 출력은 이전 층의 모든 값에 대한 가중합입니다.</translation>
    </message>
    <message>
        <source>Max-pooling: keeps the largest value of each {k} window, with stride {s}; no weights.</source>
        <translation>최대 풀링: {k} 창마다 가장 큰 값을 남깁니다. 스트라이드 {s}, 가중치 없음.</translation>
    </message>
    <message>
        <source>Upsampling: repeats every value to make the maps larger; no weights.</source>
        <translation>업샘플링: 모든 값을 반복해 맵을 키웁니다. 가중치 없음.</translation>
    </message>
    <message>
        <source>A {kind} layer.</source>
        <translation>{kind} 층입니다.</translation>
    </message>
    <message>
        <source>Shown after {names}.</source>
        <translation>{names} 다음의 출력을 보여 줍니다.</translation>
    </message>
    <message>
        <source>{n} weights.</source>
        <translation>가중치 {n}개.</translation>
    </message>
    <message>
        <source>This is the code: the bottleneck between the encoder and the decoder.</source>
        <translation>여기가 코드입니다: 인코더와 디코더 사이의 병목입니다.</translation>
    </message>
    <message>
        <source>Black is 0, white the layer&apos;s large values, blue negative ones; the scale is the same for every tile of the layer. Hover a tile to see it large.</source>
        <translation>검은색은 0, 흰색은 그 층의 큰 값, 파란색은 음수입니다. 척도는 한 층의 모든 타일에 같습니다. 타일 위에 마우스를 올리면 크게 보입니다.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>디코더</translation>
    </message>
    <message>
        <source>Hover a channel to see it large here.</source>
        <translation>채널 위에 마우스를 올리면 여기에 크게 보입니다.</translation>
    </message>
    <message>
        <source>{layer}: channel {i} of {n}, {h} × {w}
min {lo}, max {hi}</source>
        <translation>{layer}: 채널 {i}/{n}, {h} × {w}
최솟값 {lo}, 최댓값 {hi}</translation>
    </message>
    <message>
        <source>{layer}: unit {i} of {n} = {v}
min {lo}, max {hi}</source>
        <translation>{layer}: 유닛 {i}/{n} = {v}
최솟값 {lo}, 최댓값 {hi}</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{model}&lt;/b&gt;: every layer&apos;s output for the canvas digit</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;: 캔버스 숫자에 대한 모든 층의 출력</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer activations&lt;/b&gt;</source>
        <translation>&lt;b&gt;층 활성화&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a model: click its reconstruction pane.</source>
        <translation>모델을 고르세요: 그 모델의 재구성 창을 클릭합니다.</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: what each layer of the model makes of it appears here, from the input to the reconstruction.</source>
        <translation>캔버스에 숫자를 그리세요: 모델의 각 층이 그 숫자를 어떻게 바꾸는지 입력부터 재구성까지 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>The activations could not be computed: {why}</source>
        <translation>활성화를 계산하지 못했습니다: {why}</translation>
    </message>
    <message>
        <source>The last update failed: {why}</source>
        <translation>마지막 업데이트에 실패했습니다: {why}</translation>
    </message>
    <message>
        <source>updating… (the engine is busy with other work)</source>
        <translation>업데이트하는 중… (엔진이 다른 작업을 처리하고 있습니다)</translation>
    </message>
    <message>
        <source>Layer activations</source>
        <translation>층 활성화</translation>
    </message>
    <message>
        <source>Layer &amp;activations</source>
        <translation>층 활성화(&amp;A)</translation>
    </message>
    <message>
        <source>What every layer of the focused model makes of the canvas digit, from the input to the reconstruction</source>
        <translation>선택한 모델의 각 층이 캔버스 숫자를 어떻게 바꾸는지, 입력부터 재구성까지 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Internal error: {error}</source>
        <translation>내부 오류: {error}</translation>
    </message>
</context>
<context>
    <name>BottleneckView</name>
    <message>
        <source>Dense 784-256-z-256-784</source>
        <translation>밀집 784-256-z-256-784</translation>
    </message>
    <message>
        <source>Conv, z-D code</source>
        <translation>합성곱, z차원 코드</translation>
    </message>
    <message>
        <source>{n} test digits</source>
        <translation>테스트 숫자 {n}개</translation>
    </message>
    <message>
        <source>the test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>{title}
z = {z}: {ratio} times fewer numbers than the 784 pixels
test MSE {mse}, BCE {bce} (mean over {n})</source>
        <translation>{title}
z = {z}: 784개 픽셀보다 {ratio}배 적은 수
테스트 MSE {mse}, BCE {bce} ({n} 평균)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dense AE&lt;/b&gt;&lt;br&gt;784-256-&lt;br&gt;z-256-784</source>
        <translation>&lt;b&gt;밀집 AE&lt;/b&gt;&lt;br&gt;784-256-&lt;br&gt;z-256-784</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conv AE&lt;/b&gt;&lt;br&gt;Foster&apos;s layers,&lt;br&gt;a code of z</source>
        <translation>&lt;b&gt;합성곱 AE&lt;/b&gt;&lt;br&gt;Foster의 층,&lt;br&gt;크기 z의 코드</translation>
    </message>
    <message>
        <source>z = {z}</source>
        <translation>z = {z}</translation>
    </message>
    <message>
        <source>MSE {mse}</source>
        <translation>MSE {mse}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>The canvas digit after MNIST&apos;s preprocessing: 784 pixels</source>
        <translation>MNIST 전처리를 거친 캔버스 숫자: 784 픽셀</translation>
    </message>
    <message>
        <source>With noise</source>
        <translation>노이즈 추가</translation>
    </message>
    <message>
        <source>What the models see: the digit with the noise panel&apos;s noise. The errors are measured against the clean digit.</source>
        <translation>모델이 보는 것: 노이즈 패널의 노이즈를 더한 숫자입니다. 오차는 깨끗한 숫자를 기준으로 잽니다.</translation>
    </message>
    <message>
        <source>784 pixels</source>
        <translation>784 픽셀</translation>
    </message>
    <message>
        <source>{title}
The 784 pixels pass through a code of {z} numbers ({ratio} times fewer).</source>
        <translation>{title}
784개 픽셀이 수 {z}개로 된 코드를 거쳐 갑니다({ratio}배 적음).</translation>
    </message>
    <message>
        <source>This digit: MSE {mse}, BCE {bce}</source>
        <translation>이 숫자: MSE {mse}, BCE {bce}</translation>
    </message>
    <message>
        <source>Test set: MSE {mse}, BCE {bce}</source>
        <translation>테스트 세트: MSE {mse}, BCE {bce}</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>불러오지 않음</translation>
    </message>
    <message>
        <source>code size z (log scale)</source>
        <translation>코드 크기 z (로그 척도)</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>MSE per pixel</source>
        <translation>픽셀당 MSE</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>BCE per pixel</source>
        <translation>픽셀당 BCE</translation>
    </message>
    <message>
        <source>{family}: shipped</source>
        <translation>{family}: 기본 제공</translation>
    </message>
    <message>
        <source>{family}: trained by you</source>
        <translation>{family}: 직접 훈련</translation>
    </message>
    <message>
        <source>this digit</source>
        <translation>이 숫자</translation>
    </message>
    <message>
        <source>this digit ({family})</source>
        <translation>이 숫자 ({family})</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>병목</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bottleneck&lt;/b&gt;: the canvas digit through every code size</source>
        <translation>&lt;b&gt;병목&lt;/b&gt;: 모든 코드 크기를 거친 캔버스 숫자</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate–distortion&lt;/b&gt;: the error on the 10,000 test digits against the size of the code (hover a point for its figures)</source>
        <translation>&lt;b&gt;비율–왜곡&lt;/b&gt;: 코드 크기에 따른 테스트 숫자 10,000개의 오차 (점 위에 마우스를 올리면 수치가 보입니다)</translation>
    </message>
    <message>
        <source>Not on the curve (no test figures in their files): {names}</source>
        <translation>곡선에 없음 (파일에 테스트 수치가 없음): {names}</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <source>No model of a bottleneck family is loaded. Train one with Train → Train model… (architecture “Bottleneck family: dense AE”, any code size), or on the command line: ae-desktop train dense_z --latent 8</source>
        <translation>병목 계열 모델을 불러오지 않았습니다. 훈련 → 모델 훈련…(아키텍처 “병목 계열: 밀집 AE”, 코드 크기는 자유)으로 훈련하거나, 명령줄에서 ae-desktop train dense_z --latent 8을 실행하세요</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: every code size reconstructs it here.</source>
        <translation>캔버스에 숫자를 그리세요: 모든 코드 크기의 모델이 여기서 그 숫자를 재구성합니다.</translation>
    </message>
    <message>
        <source>The last update failed: {why}</source>
        <translation>마지막 업데이트에 실패했습니다: {why}</translation>
    </message>
    <message>
        <source>{n} models · {ms} ms in the engine</source>
        <translation>모델 {n}개 · 엔진에서 {ms} ms</translation>
    </message>
    <message>
        <source>&amp;Bottleneck…</source>
        <translation>병목(&amp;B)…</translation>
    </message>
    <message>
        <source>The canvas digit reconstructed through every code size of the bottleneck family, and the test error against the code size</source>
        <translation>병목 계열의 모든 코드 크기로 재구성한 캔버스 숫자와, 코드 크기에 따른 테스트 오차</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Draw a digit with the left mouse button; the right button erases.
Ctrl+Z undoes a stroke, Delete clears.</source>
        <translation>마우스 왼쪽 버튼으로 숫자를 그리세요. 오른쪽 버튼은 지웁니다.
Ctrl+Z는 획을 되돌리고, Delete는 모두 지웁니다.</translation>
    </message>
</context>
<context>
    <name>CompareCurves</name>
    <message>
        <source>Validation BCE</source>
        <translation>검증 BCE</translation>
    </message>
    <message>
        <source>validation BCE per pixel</source>
        <translation>픽셀당 검증 BCE</translation>
    </message>
    <message>
        <source>Validation MSE</source>
        <translation>검증 MSE</translation>
    </message>
    <message>
        <source>validation MSE per pixel</source>
        <translation>픽셀당 검증 MSE</translation>
    </message>
    <message>
        <source>Validation −ELBO</source>
        <translation>검증 −ELBO</translation>
    </message>
    <message>
        <source>validation −ELBO, nats per digit</source>
        <translation>검증 −ELBO, 숫자당 nats</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>training loss (each model&apos;s own objective)</source>
        <translation>훈련 손실 (모델마다 자신의 목적 함수)</translation>
    </message>
    <message>
        <source>Compare training curves</source>
        <translation>훈련 곡선 비교</translation>
    </message>
    <message>
        <source>Tick the models whose curves you want to see</source>
        <translation>곡선을 보고 싶은 모델에 체크하세요</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Tick every model</source>
        <translation>모든 모델에 체크합니다</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Untick every model</source>
        <translation>모든 모델의 체크를 해제합니다</translation>
    </message>
    <message>
        <source>Validation metrics are measured on test digits after every epoch, the same way for every model, so they compare across architectures. The training loss is each model&apos;s own objective (BCE, MSE or −ELBO): compare it only between models trained with the same loss.</source>
        <translation>검증 지표는 에포크마다 테스트 숫자에서 모든 모델에 같은 방식으로 재므로 아키텍처끼리 비교할 수 있습니다. 훈련 손실은 모델마다 자신의 목적 함수(BCE, MSE 또는 −ELBO)이므로, 같은 손실로 훈련한 모델끼리만 비교하세요.</translation>
    </message>
    <message>
        <source>Logarithmic y axis</source>
        <translation>로그 y축</translation>
    </message>
    <message>
        <source>A log scale shows the late, small improvements and curves of very different sizes together</source>
        <translation>로그 척도에서는 후반의 작은 개선과 크기가 아주 다른 곡선들을 함께 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Per-epoch curves</source>
        <translation>에포크별 곡선</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>No models are loaded.</source>
        <translation>불러온 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Tick one or more models.</source>
        <translation>모델을 하나 이상 체크하세요.</translation>
    </message>
    <message>
        <source>No values of this metric were recorded for: {models}.</source>
        <translation>이 지표가 기록되지 않은 모델: {models}.</translation>
    </message>
    <message>
        <source>Values of zero or less cannot be drawn on a log scale (left out for: {models}).</source>
        <translation>0 이하의 값은 로그 척도에 그릴 수 없습니다 (제외한 모델: {models}).</translation>
    </message>
    <message>
        <source>Compare training &amp;curves…</source>
        <translation>훈련 곡선 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Overlay the per-epoch loss curves of any loaded models, shipped or trained by you, in one plot</source>
        <translation>불러온 모델(기본 제공이든 직접 훈련한 것이든)의 에포크별 손실 곡선을 한 그래프에 겹쳐 그립니다</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Download MNIST (11 MB)</source>
        <translation>MNIST 다운로드 (11 MB)</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>A folder holding train-images-idx3-ubyte(.gz) and train-labels-idx1-ubyte(.gz)</source>
        <translation>train-images-idx3-ubyte(.gz)와 train-labels-idx1-ubyte(.gz)가 들어 있는 폴더</translation>
    </message>
    <message>
        <source>&lt;b&gt;The MNIST training set was not found&lt;/b&gt; in {folder}. Training needs its 60,000 digits (the test set ships with the app). Download it, or choose a folder that already holds the IDX files.</source>
        <translation>{folder}에서 &lt;b&gt;MNIST 훈련 세트를 찾지 못했습니다&lt;/b&gt;. 훈련에는 훈련 세트의 숫자 60,000개가 필요합니다(테스트 세트는 앱에 포함되어 있습니다). 다운로드하거나, IDX 파일이 이미 들어 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>MNIST 다운로드 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Downloading {file}… {done} of {total} MB</source>
        <translation>{file} 다운로드 중… {total} MB 중 {done} MB</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>다운로드를 취소했습니다.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>다운로드 실패: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{error}&lt;/b&gt;&lt;br&gt;Nothing was saved; you can try again or choose a folder with the IDX files.</source>
        <translation>&lt;b&gt;{error}&lt;/b&gt;&lt;br&gt;아무것도 저장되지 않았습니다. 다시 시도하거나 IDX 파일이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Folder with the MNIST IDX files</source>
        <translation>MNIST IDX 파일이 있는 폴더</translation>
    </message>
    <message>
        <source>&lt;b&gt;That folder cannot be used:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;이 폴더는 사용할 수 없습니다:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>FocusPanel</name>
    <message>
        <source>Latent code</source>
        <translation>잠재 코드</translation>
    </message>
    <message>
        <source>Click a reconstruction to see its latent code.</source>
        <translation>재구성 이미지를 클릭하면 그 잠재 코드를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Latent code: {title}</source>
        <translation>잠재 코드: {title}</translation>
    </message>
    <message>
        <source>2-D code: the cross is your digit, dots are test digits coloured by label.</source>
        <translation>2차원 코드: 십자 표시가 내가 그린 숫자이고, 점은 레이블별로 색을 입힌 테스트 숫자입니다.</translation>
    </message>
    <message>
        <source>a 14x14 map</source>
        <translation>14x14 맵</translation>
    </message>
    <message>
        <source>feature maps tiled, each scaled to its own range</source>
        <translation>특성 맵을 타일로 배치, 각 맵은 자체 범위로 스케일링</translation>
    </message>
    <message>
        <source>shown as {side}x{side}</source>
        <translation>{side}x{side}로 표시</translation>
    </message>
    <message>
        <source>shown as {side}x{side}, padded</source>
        <translation>{side}x{side}로 표시, 빈칸은 패딩</translation>
    </message>
    <message>
        <source>{shape} code ({how}); bright = large.</source>
        <translation>{shape} 코드({how}). 밝을수록 큰 값입니다.</translation>
    </message>
    <message>
        <source>min {min}, max {max}, mean {mean}</source>
        <translation>최솟값 {min}, 최댓값 {max}, 평균 {mean}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Open the guide</source>
        <translation>가이드 열기</translation>
    </message>
    <message>
        <source>Every topic, in one window (Help → Guide)</source>
        <translation>모든 주제를 한 창에서 보기 (도움말 → 가이드)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation>도움말: {title}</translation>
    </message>
    <message>
        <source>AE Desktop guide</source>
        <translation>AE Desktop 가이드</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>가이드(&amp;G)…</translation>
    </message>
    <message>
        <source>What every view shows, how it is computed, what to try (F1 explains the view you are in)</source>
        <translation>각 화면이 무엇을 보여 주는지, 어떻게 계산하는지, 무엇을 해 볼지 (F1을 누르면 지금 보고 있는 화면을 설명합니다)</translation>
    </message>
    <message>
        <source>Explain this view: {title} (F1 on the view does the same)</source>
        <translation>이 화면 설명: {title} (화면에서 F1을 눌러도 됩니다)</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>보이는 것</translation>
    </message>
    <message>
        <source>How it is computed here</source>
        <translation>여기서 계산하는 방법</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>해 보기</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>눈여겨볼 점</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;A square to draw a digit on. The left mouse button draws, the right button erases
(or press &lt;i&gt;Eraser&lt;/i&gt;, key E). The slider sets the brush size ([ and ] change it);
&lt;i&gt;Undo&lt;/i&gt; and &lt;i&gt;Redo&lt;/i&gt; work stroke by stroke, &lt;i&gt;Clear&lt;/i&gt; (Delete) empties the canvas.
&lt;i&gt;Random test digit&lt;/i&gt; (Ctrl+R) puts a real MNIST test digit on the canvas; you can also
open, paste or drop an image. The &lt;i&gt;Original&lt;/i&gt; pane shows what the models are given.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Whatever its size on screen, the canvas is a 280×280 grey raster: ink is 1 (white),
the background 0. After every change the compute engine turns it into a 28×28 digit
with the recipe that made MNIST:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;crop to the box around the ink (pixels brighter than 0.05);&lt;/li&gt;
&lt;li&gt;shrink it so that its longer side is 20 pixels, keeping the aspect ratio, by averaging
the area each new pixel covers (this blurring is where MNIST&apos;s grey edges come from);&lt;/li&gt;
&lt;li&gt;paste it into a 28×28 field so that the ink&apos;s centre of mass lands on the centre,
(14, 14).&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;An image you open or paste is turned into ink first: a light background is inverted,
so dark ink on white paper works.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Draw a tiny 3 in a corner, then a huge one: the &lt;i&gt;Original&lt;/i&gt; pane barely changes.&lt;/li&gt;
&lt;li&gt;Tick &lt;i&gt;Show raw downscale&lt;/i&gt;: that pane is the whole canvas squashed to 28×28
without the recipe, which is what the models would get otherwise.&lt;/li&gt;
&lt;li&gt;Draw a 1: it is tall and thin, so it becomes 20 pixels high and stays narrow.&lt;/li&gt;
&lt;li&gt;Add a stray dot far from your digit and watch the digit shrink and move.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;The models only ever saw digits prepared this way, so where you draw and how big no
longer matter, but stroke width and slant still do: a very thick or very thin brush gives
strokes unlike MNIST&apos;s. It is the centre of mass that is centred, not the box, so a 7
sits a little off the middle of its box. A stray dot enlarges the box and shifts the
centre of mass, and everything else moves with it: preprocessing is not clever, it is a
fixed recipe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;숫자를 그리는 정사각형입니다. 마우스 왼쪽 버튼으로 그리고 오른쪽 버튼으로 지웁니다
(또는 &lt;i&gt;지우개&lt;/i&gt;를 누르거나 E 키). 슬라이더로 브러시 크기를 정합니다([와 ]로도 조절).
&lt;i&gt;실행 취소&lt;/i&gt;와 &lt;i&gt;다시 실행&lt;/i&gt;은 획 단위로 동작하고, &lt;i&gt;지우기&lt;/i&gt;(Delete)는 캔버스를 비웁니다.
&lt;i&gt;무작위 테스트 숫자&lt;/i&gt;(Ctrl+R)는 실제 MNIST 테스트 숫자를 캔버스에 놓습니다. 이미지를
열거나, 붙여 넣거나, 끌어다 놓을 수도 있습니다. &lt;i&gt;원본&lt;/i&gt; 창은 모델에 실제로 주어지는 입력을 보여 줍니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;화면에서의 크기와 상관없이 캔버스는 280×280 회색조 래스터입니다: 잉크는 1(흰색),
배경은 0입니다. 변경이 있을 때마다 계산 엔진이 MNIST를 만들 때 쓴 방법 그대로
28×28 숫자로 바꿉니다:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;잉크를 둘러싼 상자(0.05보다 밝은 픽셀)만 남기고 잘라 냅니다.&lt;/li&gt;
&lt;li&gt;가로세로 비율을 유지하면서 긴 변이 20픽셀이 되도록 줄입니다. 새 픽셀 하나가 덮는
영역을 평균하는 방식이며, MNIST 숫자의 회색 가장자리는 이 흐려짐에서 생깁니다.&lt;/li&gt;
&lt;li&gt;잉크의 무게중심이 가운데 (14, 14)에 오도록 28×28 영역에 붙여 넣습니다.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;열거나 붙여 넣은 이미지는 먼저 잉크로 바뀝니다: 배경이 밝으면 반전하므로,
흰 종이에 어두운 잉크로 쓴 숫자도 쓸 수 있습니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;구석에 아주 작은 3을 그리고, 이어서 아주 큰 3을 그려 보세요: &lt;i&gt;원본&lt;/i&gt; 창은 거의 바뀌지 않습니다.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;단순 축소 이미지 보기&lt;/i&gt;에 체크하세요: 그 창은 전처리 없이 캔버스 전체를 28×28로
줄인 것으로, 전처리를 하지 않으면 모델이 받게 될 입력입니다.&lt;/li&gt;
&lt;li&gt;1을 그려 보세요: 키가 크고 가늘어서 높이가 20픽셀이 되고 폭은 좁은 채로 남습니다.&lt;/li&gt;
&lt;li&gt;숫자에서 멀리 떨어진 곳에 점을 하나 찍고, 숫자가 작아지고 움직이는 것을 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;모델은 이렇게 준비된 숫자만 보았기 때문에 어디에 얼마나 크게 그리는지는 더 이상
중요하지 않지만, 획의 굵기와 기울기는 여전히 중요합니다: 브러시가 아주 굵거나 아주 가늘면
MNIST와 다른 획이 됩니다. 가운데에 맞추는 것은 상자가 아니라 무게중심이므로, 7은 상자의
가운데에서 약간 벗어나 있습니다. 떨어진 점 하나가 상자를 키우고 무게중심을 옮기면 나머지도
모두 따라 움직입니다: 전처리는 영리한 것이 아니라 정해진 절차일 뿐입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;A noise type, an &lt;i&gt;Amount&lt;/i&gt; slider (0 means off), a &lt;i&gt;Seed&lt;/i&gt; and a &lt;i&gt;New noise&lt;/i&gt;
button (key N). The &lt;i&gt;Model input&lt;/i&gt; pane shows the digit after the noise, and its
caption repeats the settings.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The noise is added to the preprocessed 28×28 digit, whose pixels run from 0 to 1:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Gaussian&lt;/b&gt;: add amount × N(0, 1) to every pixel, then clip to [0, 1]. The amount
is the standard deviation, on the 0 to 1 pixel scale.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Masking&lt;/b&gt;: each pixel is set to 0 with probability amount.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Salt and pepper&lt;/b&gt;: each pixel is hit with probability amount; a hit pixel becomes
0 or 1, with equal chance.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The random numbers come from the seed: the same type, amount and seed always give the
same pattern, and &lt;i&gt;New noise&lt;/i&gt; moves to the next seed. Every model receives exactly this
noisy input, and every error is measured against the clean digit.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Gaussian 0.30: compare &lt;i&gt;denoising_dense&lt;/i&gt;, trained on noisy digits, with
&lt;i&gt;dense_100&lt;/i&gt;, trained on clean ones.&lt;/li&gt;
&lt;li&gt;Press N a few times: a new pattern each time, and the errors move a little.&lt;/li&gt;
&lt;li&gt;Drag the amount slowly: the same pattern grows stronger instead of changing, because
the seed fixes the random numbers and the amount only scales them (or, for masking and
salt and pepper, hits more pixels).&lt;/li&gt;
&lt;li&gt;Masking 0.5: half of the ink is gone, yet some models draw it back.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;An autoencoder cannot tell noise from digit as such: it outputs what it learned digits
look like, and that removes noise only as far as the noise does not look like a digit.
&lt;i&gt;denoising_dense&lt;/i&gt; was trained on noise factor 0.5 (Gaussian noise with standard
deviation 0.25 on 0 to 1 pixels) and removes it on purpose; the others clean up only as a
side effect of squeezing the digit through a small code. Salt adds white specks that look
like ink; masking only takes ink away. For the error against the amount over many digits,
see the &lt;a href=&quot;topic:robustness&quot;&gt;robustness curve&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;노이즈 종류, &lt;i&gt;양&lt;/i&gt; 슬라이더(0이면 끔), &lt;i&gt;시드&lt;/i&gt;, 그리고 &lt;i&gt;새 노이즈&lt;/i&gt;
버튼(N 키)이 있습니다. &lt;i&gt;모델 입력&lt;/i&gt; 창은 노이즈를 더한 숫자를 보여 주고, 그 아래 설명에
설정이 다시 표시됩니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;노이즈는 픽셀 값이 0에서 1 사이인, 전처리된 28×28 숫자에 더해집니다:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;가우스&lt;/b&gt;: 모든 픽셀에 양 × N(0, 1)을 더한 다음 [0, 1]로 자릅니다. 양은
0~1 픽셀 척도에서의 표준편차입니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;마스킹&lt;/b&gt;: 각 픽셀을 양과 같은 확률로 0으로 만듭니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;소금-후추&lt;/b&gt;: 각 픽셀이 양과 같은 확률로 선택되며, 선택된 픽셀은 같은 확률로
0 또는 1이 됩니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;난수는 시드에서 나옵니다: 종류, 양, 시드가 같으면 언제나 같은 패턴이 나오고,
&lt;i&gt;새 노이즈&lt;/i&gt;는 다음 시드로 넘어갑니다. 모든 모델이 정확히 이 노이즈 섞인 입력을 받으며,
모든 오차는 깨끗한 숫자를 기준으로 잽니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;가우스 0.30: 노이즈 섞인 숫자로 훈련한 &lt;i&gt;denoising_dense&lt;/i&gt;와 깨끗한 숫자로 훈련한
&lt;i&gt;dense_100&lt;/i&gt;을 비교해 보세요.&lt;/li&gt;
&lt;li&gt;N을 몇 번 눌러 보세요: 매번 새 패턴이 나오고, 오차가 조금씩 달라집니다.&lt;/li&gt;
&lt;li&gt;양을 천천히 끌어 보세요: 패턴이 바뀌지 않고 같은 패턴이 점점 강해집니다. 시드가 난수를
고정하고 양은 그 크기만 키우기 때문입니다(마스킹과 소금-후추에서는 더 많은 픽셀이 선택됩니다).&lt;/li&gt;
&lt;li&gt;마스킹 0.5: 잉크의 절반이 사라졌는데도 일부 모델은 다시 그려 냅니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;오토인코더는 노이즈와 숫자를 그 자체로 구별하지 못합니다: 학습한 숫자의 모습을
출력할 뿐이며, 노이즈가 숫자처럼 보이지 않는 만큼만 노이즈가 제거됩니다.
&lt;i&gt;denoising_dense&lt;/i&gt;는 노이즈 계수 0.5(0~1 픽셀 기준 표준편차 0.25인 가우스 노이즈)로
훈련되어 의도적으로 노이즈를 제거합니다. 다른 모델들은 숫자를 작은 코드로 압축하는 과정의
부수 효과로만 노이즈를 걷어 냅니다. 소금은 잉크처럼 보이는 흰 점을 더하고, 마스킹은 잉크를
빼기만 합니다. 여러 숫자에 대한 노이즈 양에 따른 오차는
&lt;a href=&quot;topic:robustness&quot;&gt;강건성 곡선&lt;/a&gt;에서 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;&lt;i&gt;Original&lt;/i&gt;: your digit after preprocessing, 28×28. &lt;i&gt;Raw downscale&lt;/i&gt; (only with
&lt;i&gt;Show raw downscale&lt;/i&gt;): the canvas squashed without the recipe. &lt;i&gt;Model input&lt;/i&gt;: the
digit after the noise. Then one pane per shown model: its reconstruction, and under it
&lt;i&gt;MSE&lt;/i&gt; and &lt;i&gt;BCE&lt;/i&gt;. Click a model&apos;s pane to focus it: its code appears in the
&lt;a href=&quot;topic:latent-dock&quot;&gt;latent code dock&lt;/a&gt;. Models are shown or hidden in the Models
dock or under Models → Show / hide.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The compute engine passes the model input through each model&apos;s encoder and then its
decoder, once per change while you draw (when changes come faster than that, the newest one
wins). Outputs are brought to the 0 to 1 scale (&lt;i&gt;denoising_dense&lt;/i&gt; works on −1 to 1
and is mapped back). Both numbers compare the output o with the &lt;b&gt;clean&lt;/b&gt; preprocessed
digit t, not with the noisy input, and average over the 784 pixels:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;MSE = mean of (o − t)²&lt;/li&gt;
&lt;li&gt;BCE = mean of −[t · log o + (1 − t) · log(1 − o)], with o clipped to
[10⁻⁷, 1 − 10⁻⁷] so that the logarithm stays finite.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Lower is better for both.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Draw a neat digit, then a sloppy one, and watch the numbers.&lt;/li&gt;
&lt;li&gt;Draw something that is not a digit, a letter or a face: every model turns it into
something digit-like.&lt;/li&gt;
&lt;li&gt;Add noise and see which panes stay close to the &lt;i&gt;Original&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;Compare &lt;i&gt;conv_2d&lt;/i&gt; and &lt;i&gt;vae_2d&lt;/i&gt; (2 numbers per digit) with &lt;i&gt;dense_100&lt;/i&gt;
(100 numbers).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;A model can only give back what its code can hold: the models with a 2-D code draw
smooth, typical digits, and their errors are usually several times those of the larger
codes.
BCE is not 0 even for a perfect copy when the digit has grey edges: a pixel with t = 0.5
costs log 2 ≈ 0.69 even when o = 0.5 exactly, so compare BCE between models, not with
zero. MSE punishes a few badly wrong pixels hardest; BCE punishes confident mistakes
(o near 0 where t = 1) hardest. These numbers are for this one digit; Models → Model info…
gives each model&apos;s averages over the test set.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;&lt;i&gt;원본&lt;/i&gt;: 전처리를 거친 28×28 숫자. &lt;i&gt;단순 축소&lt;/i&gt;(&lt;i&gt;단순 축소 이미지 보기&lt;/i&gt;를
켰을 때만): 전처리 없이 줄인 캔버스. &lt;i&gt;모델 입력&lt;/i&gt;: 노이즈를 더한 숫자. 그 뒤로
표시된 모델마다 창이 하나씩 있어 재구성을 보여 주고, 그 아래에 &lt;i&gt;MSE&lt;/i&gt;와
&lt;i&gt;BCE&lt;/i&gt;가 나옵니다. 모델 창을 클릭하면 그 모델에 초점이 맞춰지고, 코드가
&lt;a href=&quot;topic:latent-dock&quot;&gt;잠재 코드 도크&lt;/a&gt;에 나타납니다. 모델은 모델 도크나
모델 → 보이기/숨기기에서 보이거나 숨길 수 있습니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;계산 엔진은 그리는 동안 변경이 있을 때마다 한 번씩 모델 입력을 각 모델의 인코더와
디코더에 차례로 통과시킵니다(변경이 그보다 빨리 오면 가장 최근 것만 처리합니다).
출력은 0~1 척도로 맞춥니다(&lt;i&gt;denoising_dense&lt;/i&gt;는 −1~1에서 동작하므로 다시
변환합니다). 두 숫자 모두 출력 o를 노이즈 섞인 입력이 아니라 &lt;b&gt;깨끗한&lt;/b&gt; 전처리된
숫자 t와 비교하며, 784개 픽셀에 대해 평균합니다:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;MSE = (o − t)²의 평균&lt;/li&gt;
&lt;li&gt;BCE = −[t · log o + (1 − t) · log(1 − o)]의 평균. 로그가 유한하도록 o는
[10⁻⁷, 1 − 10⁻⁷]로 자릅니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;두 값 모두 낮을수록 좋습니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;반듯한 숫자를 그린 다음 엉성한 숫자를 그려 보고, 숫자 값을 살펴보세요.&lt;/li&gt;
&lt;li&gt;글자나 얼굴처럼 숫자가 아닌 것을 그려 보세요: 모든 모델이 그것을 숫자 비슷한 것으로
바꿉니다.&lt;/li&gt;
&lt;li&gt;노이즈를 더하고 어떤 창이 &lt;i&gt;원본&lt;/i&gt;에 가깝게 남는지 보세요.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;conv_2d&lt;/i&gt;와 &lt;i&gt;vae_2d&lt;/i&gt;(숫자 하나에 2개의 수)를 &lt;i&gt;dense_100&lt;/i&gt;(100개의 수)과
비교해 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;모델은 코드에 담을 수 있는 만큼만 돌려줄 수 있습니다: 2차원 코드를 가진 모델은
매끈하고 전형적인 숫자를 그리며, 오차는 대개 더 큰 코드를 가진 모델의 몇 배입니다.
숫자에 회색 가장자리가 있으면 완벽하게 복사해도 BCE는 0이 아닙니다: t = 0.5인 픽셀은
o = 0.5로 정확히 맞혀도 log 2 ≈ 0.69의 비용이 들므로, BCE는 0과 비교하지 말고 모델끼리
비교하세요. MSE는 크게 틀린 몇몇 픽셀에 가장 큰 벌점을 주고, BCE는 자신 있게 틀린 경우
(t = 1인데 o가 0에 가까운 경우)에 가장 큰 벌점을 줍니다. 이 숫자들은 지금 그린 숫자 하나에
대한 값입니다. 모델 → 모델 정보…에서 각 모델의 테스트 세트 평균을 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;The code that the focused model&apos;s encoder makes of the current model input: the few
numbers from which its decoder rebuilt its pane. How it is drawn depends on the code&apos;s
shape:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;A 2-D code&lt;/b&gt; (&lt;i&gt;conv_2d&lt;/i&gt;, &lt;i&gt;vae_2d&lt;/i&gt;): a point on a plane. The coloured dots
are the codes of 1,500 test digits, coloured by their label; the white cross is your digit,
and the line below gives z = (z1, z2).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;A vector&lt;/b&gt; (&lt;i&gt;dense_100&lt;/i&gt;: 100 numbers, &lt;i&gt;denoising_dense&lt;/i&gt;: 64): drawn as a
square picture, 100 as 10×10, 64 as 8×8; a length that is not a square number is
padded up to the next square with its smallest value.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;A 14×14 latent map&lt;/b&gt; (&lt;i&gt;conv_latent_map&lt;/i&gt;): drawn as a 14×14 picture.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolutional feature maps&lt;/b&gt; (&lt;i&gt;conv_upsampling&lt;/i&gt;: 8 maps of 4×4,
&lt;i&gt;conv_selu&lt;/i&gt;: 64 maps of 3×3): the small maps are tiled in a near-square grid with thin
gaps, 8 maps as 3×3 tiles (one left empty), 64 maps as 8×8 tiles.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;For pictures the line below gives the smallest, largest and mean value.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The code is the encoder&apos;s output for the &lt;i&gt;Model input&lt;/i&gt; pane, noise included. The
variational model&apos;s encoder gives a mean and a spread for each number; the dock shows the
mean, and the pane decodes the mean too. Pictures are stretched so that the smallest value is
black and the largest white: over the whole code for vectors and the 14×14 map, and each
map to its own range for tiled feature maps.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Click different model panes to switch the model.&lt;/li&gt;
&lt;li&gt;With a 2-D model, draw a 1, then a 7, then an 8, and watch the cross move among the dots
of those digits.&lt;/li&gt;
&lt;li&gt;Add noise and see how much the code changes compared with the reconstruction.&lt;/li&gt;
&lt;li&gt;Draw the same digit twice, slightly differently, and compare the codes.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Arranging a vector as a square is only a way to draw it: neighbouring cells are unrelated
numbers, so do not look for a digit there. The 14×14 map is different: the decoder reads it
with a transposed convolution, each cell feeding a patch of the output, so the map often looks
like a small rough copy of the digit. In tiled feature maps each tile is one channel, and a
channel lights up for similar strokes wherever they are. Because every picture is stretched to
its own range, a weak code and a strong one can look equally bright: read the line below it.
For the whole test set in a 2-D code, open the &lt;a href=&quot;topic:explorer-planes&quot;&gt;latent space
explorer&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;초점이 맞춰진 모델의 인코더가 현재 모델 입력으로 만든 코드, 즉 디코더가 그 창의
이미지를 다시 만들어 낸 몇 개의 수입니다. 어떻게 그려지는지는 코드의 형태에 따라 다릅니다:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;2차원 코드&lt;/b&gt;(&lt;i&gt;conv_2d&lt;/i&gt;, &lt;i&gt;vae_2d&lt;/i&gt;): 평면 위의 한 점. 색깔 점들은 테스트
숫자 1,500개의 코드이며 레이블에 따라 색이 다릅니다. 흰 십자가 내가 그린 숫자이고,
아래 줄에 z = (z1, z2)가 나옵니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;벡터&lt;/b&gt;(&lt;i&gt;dense_100&lt;/i&gt;: 100개의 수, &lt;i&gt;denoising_dense&lt;/i&gt;: 64개): 정사각형
그림으로 그립니다. 100은 10×10, 64는 8×8이며, 길이가 제곱수가 아니면 가장 작은 값으로
다음 제곱수까지 채웁니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;14×14 잠재 맵&lt;/b&gt;(&lt;i&gt;conv_latent_map&lt;/i&gt;): 14×14 그림으로 그립니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;합성곱 특성 맵&lt;/b&gt;(&lt;i&gt;conv_upsampling&lt;/i&gt;: 4×4 맵 8개,
&lt;i&gt;conv_selu&lt;/i&gt;: 3×3 맵 64개): 작은 맵들을 얇은 간격을 두고 정사각형에 가까운 격자로
배치합니다. 맵 8개는 3×3 타일(하나는 빈칸), 맵 64개는 8×8 타일입니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;그림의 경우 아래 줄에 최솟값, 최댓값, 평균이 나옵니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;코드는 노이즈를 포함한 &lt;i&gt;모델 입력&lt;/i&gt; 창에 대한 인코더의 출력입니다. 변분 모델의
인코더는 각 수마다 평균과 퍼짐 정도를 내놓는데, 도크는 평균을 보여 주고 창도 평균을
디코딩합니다. 그림은 가장 작은 값이 검은색, 가장 큰 값이 흰색이 되도록 늘립니다: 벡터와
14×14 맵은 코드 전체를 기준으로, 타일로 배치한 특성 맵은 맵마다 자체 범위를 기준으로 합니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;다른 모델 창을 클릭해 모델을 바꿔 보세요.&lt;/li&gt;
&lt;li&gt;2차원 모델에서 1, 7, 8을 차례로 그리고, 십자가 그 숫자들의 점 사이로 움직이는 것을 보세요.&lt;/li&gt;
&lt;li&gt;노이즈를 더하고, 재구성에 비해 코드가 얼마나 바뀌는지 보세요.&lt;/li&gt;
&lt;li&gt;같은 숫자를 조금 다르게 두 번 그리고 코드를 비교해 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;벡터를 정사각형으로 배치하는 것은 그리는 방식일 뿐입니다: 이웃한 칸은 서로 관계없는
수이므로 거기서 숫자 모양을 찾지 마세요. 14×14 맵은 다릅니다: 디코더가 전치 합성곱으로
읽어서 각 칸이 출력의 한 조각을 만들기 때문에, 맵이 숫자의 작고 거친 복사본처럼 보일 때가
많습니다. 타일로 배치한 특성 맵에서 각 타일은 하나의 채널이며, 채널은 비슷한 획이 어디에
있든 밝아집니다. 모든 그림은 자체 범위로 늘리므로 약한 코드와 강한 코드가 똑같이 밝아 보일
수 있습니다: 아래 줄의 값을 읽으세요. 2차원 코드에서 테스트 세트 전체를 보려면
&lt;a href=&quot;topic:explorer-planes&quot;&gt;잠재 공간 탐색기&lt;/a&gt;를 여세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;Two planes side by side, each for the model chosen above it (&lt;i&gt;conv_2d&lt;/i&gt; and
&lt;i&gt;vae_2d&lt;/i&gt; at first). Every dot is one of the 10,000 MNIST test digits, coloured by its
label. Behind the dots lies a grid of decoded digits. The star marks the digit on the canvas
(without noise). Click anywhere on the plane, or drag the target, to move the cursor; under
each plane you see the
digit decoded at the cursor, the test digit under the mouse, and the 5 test digits nearest to
the canvas digit.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The compute engine encodes all 10,000 test digits with the model (once per model version,
then kept). For a model with a &lt;b&gt;2-D code&lt;/b&gt; the plane is the latent space itself, axes z1
and z2. For &lt;b&gt;larger codes&lt;/b&gt; the plane is a PCA projection, axes PC1 and PC2: the two
directions, fitted on the test codes, along which the codes vary most. The note above the
plane says which share of the variance they explain.&lt;/p&gt;
&lt;p&gt;The grid: &lt;i&gt;Grid&lt;/i&gt; × &lt;i&gt;Grid&lt;/i&gt; points (10 to 40 per side) spread evenly over the
range of the data (from the 1st to the 99th percentile, plus a margin), each turned back into
a code and decoded. With PCA, the point (p1, p2) becomes the code mean + p1 · PC1 + p2
· PC2: a code on a flat slice through the average code, which real digits rarely have, so
that grid is an approximation. A coarse 8×8 grid (64 decodes) is drawn first, then the full
grid replaces it. With &lt;i&gt;Grid follows zoom&lt;/i&gt;, the grid is decoded again over the visible
range after you pan or zoom. The nearest digits are found by the distance between full codes,
not on the plane.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Drag the cursor from the 1s to the 7s and watch the decoded digit change on the way.&lt;/li&gt;
&lt;li&gt;Compare &lt;i&gt;conv_2d&lt;/i&gt; with &lt;i&gt;vae_2d&lt;/i&gt;: where are the gaps between the colours?&lt;/li&gt;
&lt;li&gt;Choose &lt;i&gt;dense_100&lt;/i&gt; for one plane: in its PCA view the colours overlap much more.&lt;/li&gt;
&lt;li&gt;Tick &lt;i&gt;Grid follows zoom&lt;/i&gt; and zoom into an empty region.&lt;/li&gt;
&lt;li&gt;Draw a digit and find its star; are its nearest digits of the same kind?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;A plain autoencoder&apos;s 2-D space often has gaps and long thin arms: a point in a gap
decodes to a blurry or odd digit, because no training digit ever got that code. The
variational autoencoder is trained to keep its codes close to a round Gaussian, so its plane
is more compact and its grid changes smoothly, which is what makes it usable to generate
digits. A 2-D PCA view of a 100-number code hides most of the structure: colours overlapping
there do not mean that the model confuses those digits. &lt;a href=&quot;topic:clustering&quot;&gt;Clustering&lt;/a&gt;
uses the full codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;평면 두 개가 나란히 있고, 각각 위에서 고른 모델을 보여 줍니다(처음에는 &lt;i&gt;conv_2d&lt;/i&gt;와
&lt;i&gt;vae_2d&lt;/i&gt;). 점 하나하나가 MNIST 테스트 숫자 10,000개 중 하나이며 레이블에 따라 색이
다릅니다. 점들 뒤에는 디코딩한 숫자의 그리드가 있습니다. 별은 캔버스의 숫자(노이즈 없이)를
표시합니다. 평면의 아무 곳이나 클릭하거나 표적을 드래그해 커서를 옮기세요. 각 평면 아래에는
커서 위치에서 디코딩한 숫자, 마우스 아래의 테스트 숫자, 그리고 캔버스 숫자와 가장 가까운
테스트 숫자 5개가 나옵니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;계산 엔진이 모델로 테스트 숫자 10,000개를 모두 인코딩합니다(모델 버전마다 한 번, 이후
재사용). &lt;b&gt;2차원 코드&lt;/b&gt;를 가진 모델이라면 평면이 곧 잠재 공간이며, 축은 z1과 z2입니다.
&lt;b&gt;더 큰 코드&lt;/b&gt;라면 평면은 PCA 투영이며, 축 PC1과 PC2는 테스트 코드에 맞춘, 코드가 가장
크게 변하는 두 방향입니다. 평면 위의 설명에 두 축이 설명하는 분산의 비율이 나옵니다.&lt;/p&gt;
&lt;p&gt;그리드: &lt;i&gt;그리드&lt;/i&gt; × &lt;i&gt;그리드&lt;/i&gt;개(한 변에 10~40개)의 점을 데이터 범위(1
백분위수부터 99 백분위수까지, 여백 포함)에 고르게 펼치고, 각 점을 다시 코드로 바꿔
디코딩합니다. PCA에서는 점 (p1, p2)가 코드 평균 + p1 · PC1 + p2 · PC2라는 코드가 됩니다:
평균 코드를 지나는 평평한 단면 위의 코드인데, 실제 숫자가 그런 코드를 갖는 일은 드물어서
그 그리드는 근사치입니다. 먼저 거친 8×8 그리드(디코딩 64번)를 그리고, 이어서 전체 그리드가
그 자리를 대신합니다. &lt;i&gt;확대/이동에 맞춰 그리드 갱신&lt;/i&gt;을 켜면, 이동하거나 확대/축소한 뒤
보이는 범위에 맞춰 그리드를 다시 디코딩합니다. 가장 가까운 숫자는 평면이 아니라 전체
코드 사이의 거리로 찾습니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;커서를 1들에서 7들 쪽으로 끌고 가면서 디코딩된 숫자가 어떻게 바뀌는지 보세요.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;conv_2d&lt;/i&gt;와 &lt;i&gt;vae_2d&lt;/i&gt;를 비교해 보세요: 색깔 사이의 빈틈은 어디에 있나요?&lt;/li&gt;
&lt;li&gt;한 평면에 &lt;i&gt;dense_100&lt;/i&gt;을 골라 보세요: PCA로 보면 색이 훨씬 많이 겹칩니다.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;확대/이동에 맞춰 그리드 갱신&lt;/i&gt;에 체크하고 빈 영역을 확대해 보세요.&lt;/li&gt;
&lt;li&gt;숫자를 그리고 그 별을 찾아보세요. 가장 가까운 숫자들이 같은 숫자인가요?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;일반 오토인코더의 2차원 공간에는 빈틈과 길고 가는 팔이 자주 생깁니다: 빈틈에 있는 점은
흐릿하거나 이상한 숫자로 디코딩되는데, 어떤 훈련 숫자도 그 코드를 받은 적이 없기 때문입니다.
변분 오토인코더는 코드를 둥근 가우스 분포 가까이에 두도록 훈련되므로 평면이 더 조밀하고
그리드가 매끄럽게 변하며, 바로 이 점 덕분에 숫자를 생성하는 데 쓸 수 있습니다. 100개의 수로
된 코드를 2차원 PCA로 보면 구조 대부분이 가려집니다: 거기서 색이 겹친다고 해서 모델이 그
숫자들을 헷갈린다는 뜻은 아닙니다. &lt;a href=&quot;topic:clustering&quot;&gt;군집화&lt;/a&gt;는 전체 코드를
사용합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;In the explorer&apos;s &lt;i&gt;Interpolation&lt;/i&gt; tab, a strip of decoded digits going from one
endpoint to the other, made with the model of the &lt;b&gt;left&lt;/b&gt; plane (its name is shown on the
right). Each endpoint is the canvas digit, a test digit by its number (0 to 9999), or the
cursor of the left or the right plane. &lt;i&gt;Steps&lt;/i&gt; sets how many digits the strip has, both
ends included. &lt;i&gt;Export PNG&lt;/i&gt; saves the strip.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Each endpoint becomes a code of the left model: a test digit&apos;s code, the canvas digit
encoded, or a cursor position turned back into a code (exact for a 2-D code, on the PCA plane
otherwise; the right plane&apos;s cursor is read in the left model&apos;s plane coordinates). Between
the two codes z0 and z1 the app takes evenly spaced t from 0 to 1 and decodes each code:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;linear&lt;/b&gt;: z(t) = (1 − t) · z0 + t · z1, a straight line;&lt;/li&gt;
&lt;li&gt;&lt;b&gt;spherical (slerp)&lt;/b&gt;: z(t) = [sin((1 − t)Ω) · z0 + sin(tΩ) · z1] /
sin Ω, where Ω is the angle between z0 and z1 seen from the origin: the path swings
around the origin instead of cutting across. When the two codes point the same way or
opposite ways the straight line is used.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The &lt;i&gt;Spherical&lt;/i&gt; box is enabled where the app offers it: for models with a 2-D
code.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;From test digit 0 (a 7) to test digit 1 (a 2), first on &lt;i&gt;conv_2d&lt;/i&gt;, then on
&lt;i&gt;vae_2d&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;On &lt;i&gt;vae_2d&lt;/i&gt;, tick and untick &lt;i&gt;Spherical&lt;/i&gt;: which digits does each path pass
through?&lt;/li&gt;
&lt;li&gt;From your canvas digit to a test digit of the same kind.&lt;/li&gt;
&lt;li&gt;Put a cursor in an empty region of the plane and use it as an endpoint.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;In a good latent space every step looks like a plausible digit, and the change is gradual:
this is very different from fading one image into the other, which would show two digits
on top of each other. Where the path crosses a gap between clusters you see blurry mixtures.
On a plane, linear and spherical paths mostly differ in the digits they pass on the way. With
codes of many numbers drawn from a round Gaussian, most codes have about the same length and
the middle of a straight line is unusually short; slerp keeps the length, which is why it is
the usual choice for such models.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;탐색기의 &lt;i&gt;보간&lt;/i&gt; 탭에는 한 끝점에서 다른 끝점까지 이어지는, 디코딩한 숫자의 띠가
있습니다. &lt;b&gt;왼쪽&lt;/b&gt; 평면의 모델로 만들며, 모델 이름은 오른쪽에 표시됩니다. 각 끝점은
캔버스 숫자, 번호(0~9999)로 고른 테스트 숫자, 또는 왼쪽이나 오른쪽 평면의 커서입니다.
&lt;i&gt;단계 수&lt;/i&gt;는 양 끝을 포함해 띠에 들어갈 숫자의 개수입니다. &lt;i&gt;PNG 내보내기&lt;/i&gt;는 띠를
저장합니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;각 끝점은 왼쪽 모델의 코드가 됩니다: 테스트 숫자의 코드, 인코딩한 캔버스 숫자, 또는
커서 위치를 다시 코드로 바꾼 것입니다(2차원 코드에서는 정확하고, 그 밖에는 PCA 평면 위의
값입니다. 오른쪽 평면의 커서는 왼쪽 모델의 평면 좌표로 읽습니다). 두 코드 z0와 z1 사이에서
앱은 0부터 1까지 고르게 나눈 t를 잡고 각 코드를 디코딩합니다:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;선형&lt;/b&gt;: z(t) = (1 − t) · z0 + t · z1, 직선입니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;구면 (slerp)&lt;/b&gt;: z(t) = [sin((1 − t)Ω) · z0 + sin(tΩ) · z1] /
sin Ω. 여기서 Ω는 원점에서 본 z0와 z1 사이의 각도입니다: 경로가 가로지르지 않고 원점을
돌아서 갑니다. 두 코드가 같은 방향이나 정반대 방향을 가리키면 직선을 사용합니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;i&gt;구면 보간&lt;/i&gt; 상자는 앱이 이 기능을 제공하는 곳, 즉 2차원 코드를 가진 모델에서
활성화됩니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;테스트 숫자 0(7)에서 테스트 숫자 1(2)까지, 먼저 &lt;i&gt;conv_2d&lt;/i&gt;에서, 이어서
&lt;i&gt;vae_2d&lt;/i&gt;에서 해 보세요.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;vae_2d&lt;/i&gt;에서 &lt;i&gt;구면 보간&lt;/i&gt;을 켰다 껐다 해 보세요: 각 경로가 어떤 숫자들을
지나가나요?&lt;/li&gt;
&lt;li&gt;캔버스 숫자에서 같은 숫자인 테스트 숫자까지 해 보세요.&lt;/li&gt;
&lt;li&gt;평면의 빈 영역에 커서를 두고 끝점으로 써 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;좋은 잠재 공간에서는 모든 단계가 그럴듯한 숫자로 보이고 변화가 점진적입니다: 한 이미지를
다른 이미지로 서서히 겹쳐 바꾸는 것과는 아주 다르며, 그렇게 하면 두 숫자가 겹쳐 보일
것입니다. 경로가 군집 사이의 빈틈을 지나는 곳에서는 흐릿하게 섞인 모습이 보입니다. 평면에서는
선형 경로와 구면 경로가 주로 지나가는 숫자에서 차이가 납니다. 둥근 가우스 분포에서 뽑은
많은 수로 된 코드는 대부분 길이가 거의 같고 직선의 가운데는 유난히 짧습니다. slerp는
길이를 유지하기 때문에 그런 모델에서 흔히 쓰입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;In the explorer&apos;s &lt;i&gt;Clustering&lt;/i&gt; tab: choose a model and k, then press
&lt;i&gt;Cluster&lt;/i&gt;. You get the purity and NMI of the clusters found in that model&apos;s codes,
the same two scores for clusters of the raw pixels (the baseline), one line per cluster (its
size and its most common digit), and on the right one row per cluster: the 8 digits nearest
to its centre.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;k-means divides the codes of all 10,000 test digits into k groups. It uses the full
codes, not the 2-D picture of the plane. It starts from k-means++ centres, then repeats two
steps until nothing changes (at most 100 times): give each code to its nearest centre, move
each centre to the mean of its codes. Of 3 such runs it keeps the one with the smallest sum
of squared distances. The labels are never used to make the groups, only to score them:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;purity&lt;/b&gt;: give each cluster its most common label; purity is the fraction of digits
whose label is their cluster&apos;s label.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;NMI&lt;/b&gt;, normalised mutual information: how much knowing the cluster tells you about
the label, from 0 (nothing) to 1 (the clusters are the labels, in some order); the mutual
information is divided by the mean of the two entropies.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The baseline is the same k-means, with the same k, on the 784 pixel values of each
digit.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;k = 10 on each model, and compare with the pixel baseline.&lt;/li&gt;
&lt;li&gt;Raise k to 20 or 30: purity rises; does NMI?&lt;/li&gt;
&lt;li&gt;Compare &lt;i&gt;conv_2d&lt;/i&gt; with &lt;i&gt;vae_2d&lt;/i&gt;, and with a model with a large code.&lt;/li&gt;
&lt;li&gt;Look at the rows of digits: which digits end up together, 4 with 9, 3 with 5 and 8?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Purity grows with k by itself (with one cluster per digit it would be 1), so compare
purity only at the same k; NMI is less fooled by many small clusters. An autoencoder is
never told the labels: if its codes cluster better than the pixels, it has learned to place
digits by what they are, not only by which pixels are lit. Good reconstructions do not imply
good clusters: a code can hold every detail of a digit and still spread one digit over
several regions. k-means looks for round groups of similar size, so long thin groups, like
the arms of a 2-D autoencoder, get cut into pieces.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;탐색기의 &lt;i&gt;군집화&lt;/i&gt; 탭에서 모델과 k를 고르고 &lt;i&gt;군집화 실행&lt;/i&gt;을 누르세요. 그 모델의
코드에서 찾은 군집의 순도와 NMI, 원시 픽셀로 찾은 군집의 같은 두 점수(기준선), 군집마다 한
줄(크기와 가장 흔한 숫자), 그리고 오른쪽에 군집마다 한 행씩, 중심에 가장 가까운 숫자 8개가
나옵니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;k-평균(k-means)이 테스트 숫자 10,000개 전체의 코드를 k개 그룹으로 나눕니다. 평면의
2차원 그림이 아니라 전체 코드를 사용합니다. k-means++ 중심에서 시작해, 아무것도 바뀌지
않을 때까지(최대 100번) 두 단계를 되풀이합니다: 각 코드를 가장 가까운 중심에 배정하고, 각
중심을 배정된 코드의 평균으로 옮깁니다. 이렇게 3번 실행해 거리 제곱합이 가장 작은 결과를
남깁니다. 레이블은 그룹을 만드는 데는 절대 쓰지 않고, 점수를 매길 때만 씁니다:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;순도(purity)&lt;/b&gt;: 각 군집에 그 안에서 가장 흔한 레이블을 붙입니다. 순도는 레이블이
자기 군집의 레이블과 같은 숫자의 비율입니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;NMI&lt;/b&gt;, 정규화 상호 정보량: 군집을 알면 레이블에 대해 얼마나 알 수 있는지를 0(전혀
모름)부터 1(순서만 다를 뿐 군집이 곧 레이블)까지로 나타냅니다. 상호 정보량을 두 엔트로피의
평균으로 나눈 값입니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;기준선은 각 숫자의 784개 픽셀 값에 같은 k로 같은 k-평균을 적용한 것입니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;각 모델에서 k = 10으로 실행하고 픽셀 기준선과 비교해 보세요.&lt;/li&gt;
&lt;li&gt;k를 20이나 30으로 올려 보세요: 순도는 올라갑니다. NMI도 올라가나요?&lt;/li&gt;
&lt;li&gt;&lt;i&gt;conv_2d&lt;/i&gt;를 &lt;i&gt;vae_2d&lt;/i&gt;와, 그리고 큰 코드를 가진 모델과 비교해 보세요.&lt;/li&gt;
&lt;li&gt;숫자 행들을 보세요: 어떤 숫자들이 함께 묶이나요? 4와 9, 3과 5와 8?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;순도는 k가 커지면 저절로 올라가므로(숫자 하나마다 군집 하나라면 1이 됩니다), 순도는 같은
k에서만 비교하세요. NMI는 작은 군집이 많아도 덜 속습니다. 오토인코더는 레이블을 전혀 듣지
못합니다: 그 코드가 픽셀보다 더 잘 군집된다면, 어느 픽셀이 켜졌는지만이 아니라 숫자가
무엇인지에 따라 배치하는 법을 배운 것입니다. 재구성이 좋다고 군집이 좋은 것은 아닙니다:
코드가 숫자의 세부를 모두 담으면서도 한 숫자를 여러 영역에 흩어 놓을 수 있습니다. k-평균은
크기가 비슷한 둥근 그룹을 찾기 때문에, 2차원 오토인코더의 팔처럼 길고 가는 그룹은 여러
조각으로 잘립니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;View → Robustness curve… (Ctrl+K): one line per shown model, the reconstruction error
(MSE against the clean digit) as the noise amount grows from 0 to 1, for the noise type
chosen at the top. The label at the top right says over how many test digits it is
averaged.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;In the compute engine: for each amount 0, 0.1, 0.2 and so on up to 1.0, the first test
digits of the bundled MNIST test set (300 unless the label says otherwise) get the chosen
noise, the same three types as the &lt;a href=&quot;topic:noise&quot;&gt;noise panel&lt;/a&gt;, always with seed 0,
so every model sees exactly the same noisy digits. Each shown model reconstructs them, and
the squared difference from the clean digits is averaged over all pixels and digits. The curve
is computed again when you change the type, press &lt;i&gt;Recompute&lt;/i&gt;, or reload the models
while the window is open; hidden models are left out.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Gaussian: which model rises most slowly? Where do the lines cross?&lt;/li&gt;
&lt;li&gt;Switch to masking, then to salt and pepper: does the order of the models change?&lt;/li&gt;
&lt;li&gt;Hide all but two models and press &lt;i&gt;Recompute&lt;/i&gt; to compare a pair.&lt;/li&gt;
&lt;li&gt;Train a model with a noise factor and compare it with its clean-trained twin.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;At amount 0 each line starts at the model&apos;s error on clean digits; its slope tells how
fast it degrades. The models with a 2-D code start high but rise little: their tiny code
cannot hold the noise, so they snap any input to some typical digit. The large codes start
lowest and rise steeply, because they copy much of the noise too, so the lines cross. With
the shipped models, &lt;i&gt;denoising_dense&lt;/i&gt;, trained on Gaussian noise, is the lowest line
for strong Gaussian and salt and pepper noise, but not for masking, which removes ink instead
of adding specks: learning to remove one kind of noise does not teach a model to undo every
kind.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;보기 → 강건성 곡선…(Ctrl+K): 표시된 모델마다 선이 하나씩 있으며, 위에서 고른 노이즈
종류에 대해 노이즈 양이 0에서 1로 커질 때의 재구성 오차(깨끗한 숫자 대비 MSE)를 보여 줍니다.
오른쪽 위의 표시는 몇 개의 테스트 숫자로 평균했는지 알려 줍니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;계산 엔진에서: 양 0, 0.1, 0.2, … 1.0 각각에 대해, 앱에 포함된 MNIST 테스트 세트의 앞쪽
테스트 숫자들(표시가 다르게 말하지 않으면 300개)에 고른 노이즈를 더합니다. 노이즈 종류는
&lt;a href=&quot;topic:noise&quot;&gt;노이즈 패널&lt;/a&gt;과 같은 세 가지이고, 시드는 항상 0이므로 모든 모델이
정확히 같은 노이즈 섞인 숫자를 봅니다. 표시된 각 모델이 이를 재구성하고, 깨끗한 숫자와의
차이의 제곱을 모든 픽셀과 숫자에 대해 평균합니다. 종류를 바꾸거나, &lt;i&gt;다시 계산&lt;/i&gt;을
누르거나, 창이 열린 상태에서 모델을 다시 불러오면 곡선을 다시 계산합니다. 숨긴 모델은
빠집니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;가우스: 어느 모델이 가장 천천히 올라가나요? 선들은 어디에서 교차하나요?&lt;/li&gt;
&lt;li&gt;마스킹으로, 이어서 소금-후추로 바꿔 보세요: 모델의 순서가 바뀌나요?&lt;/li&gt;
&lt;li&gt;두 모델만 남기고 모두 숨긴 뒤 &lt;i&gt;다시 계산&lt;/i&gt;을 눌러 한 쌍을 비교해 보세요.&lt;/li&gt;
&lt;li&gt;노이즈 계수를 주고 모델을 훈련해, 깨끗한 데이터로 훈련한 쌍둥이 모델과 비교해 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;양 0에서 각 선은 깨끗한 숫자에 대한 그 모델의 오차에서 시작하고, 기울기는 얼마나 빨리
나빠지는지를 알려 줍니다. 2차원 코드를 가진 모델은 높게 시작하지만 조금만 올라갑니다: 아주
작은 코드에는 노이즈를 담을 수 없으므로 어떤 입력이든 전형적인 숫자 하나로 끌어당깁니다. 큰
코드는 가장 낮게 시작하지만 가파르게 올라가는데, 노이즈도 상당 부분 복사하기 때문이며, 그래서
선들이 교차합니다. 앱에 포함된 모델 중에서는 가우스 노이즈로 훈련한 &lt;i&gt;denoising_dense&lt;/i&gt;가
강한 가우스 노이즈와 소금-후추 노이즈에서 가장 낮은 선이지만, 점을 더하는 대신 잉크를 없애는
마스킹에서는 그렇지 않습니다: 한 종류의 노이즈를 제거하도록 배웠다고 해서 모든 종류를 되돌리는
법을 배우는 것은 아닙니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;Train → Train model…: on the left the settings (the architecture, with its tutorial&apos;s recipe
as defaults, epochs, batch size, learning rate, optimizer, noise factor, a subset of the
training set, seed, device, the new model&apos;s name, or an existing model to continue) and where
the MNIST training set is; on the right the progress, the loss plot, 8 test digits (top row:
the model&apos;s inputs, bottom row: its reconstructions after the last epoch) and a line of
metrics after every epoch.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Training runs in a separate process, so the window stays usable; &lt;i&gt;Cancel training&lt;/i&gt;
stops it and saves nothing. For every batch the model reconstructs the inputs (with a noise
factor f, the inputs get clip(x + f/2 · N(0, 1)) while the target stays the clean digit)
and the optimizer takes one step on the loss:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;BCE models: binary cross-entropy per pixel;&lt;/li&gt;
&lt;li&gt;MSE models: squared error per pixel, in the model&apos;s own range (−1 to 1 for
&lt;i&gt;denoising_dense&lt;/i&gt;);&lt;/li&gt;
&lt;li&gt;&lt;i&gt;vae_2d&lt;/i&gt;: BCE summed over the 784 pixels plus the KL divergence from a standard
Gaussian, per digit: this sum is −ELBO, in nats.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;In the plot, &lt;i&gt;train (smoothed)&lt;/i&gt; is the current batch&apos;s loss, reported at most every
0.1 s and averaged over the last 10 reports; the x axis counts epochs. &lt;i&gt;test (per epoch)&lt;/i&gt;
is the same quantity on the first 2,000 test digits after each epoch (not drawn for
&lt;i&gt;denoising_dense&lt;/i&gt;, whose −1 to 1 MSE is on another scale). The metrics line, on
those test digits and on 0 to 1 pixels: BCE per pixel, MSE, rounded accuracy (the fraction
of pixels where output and target round to the same 0 or 1), denoising MSE (inputs with noise
factor 0.5, target the clean digit) and, for the VAE, −ELBO in nats. When training ends,
the metrics are measured again on all 10,000 test digits, with PSNR = 10 · log10(1 / MSE)
in dB, and saved with the model (see &lt;a href=&quot;topic:model-info&quot;&gt;Model info&lt;/a&gt;).&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Train &lt;i&gt;dense_100&lt;/i&gt; for 2 epochs on a 5,000-digit subset: the curve falls fast, then
flattens.&lt;/li&gt;
&lt;li&gt;Multiply the learning rate by 10 and train again: a noisier curve, or a run that
diverges.&lt;/li&gt;
&lt;li&gt;Train &lt;i&gt;denoising_dense&lt;/i&gt; with noise factor 0 and compare it with the shipped one in
the robustness curve.&lt;/li&gt;
&lt;li&gt;Continue training one of your models for a few more epochs.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;The train curve is measured during the epoch while the model is still changing, the test
point with the model at the end of the epoch, so early on the test point can lie below the
curve. A test figure that rises while the train curve keeps falling is overfitting. Rounded
accuracy sounds better than it is: most pixels are background, and an all-black output
already scores about 0.87 on MNIST. PSNR is a logarithmic scale: 3 dB more means half the
MSE.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;훈련 → 모델 훈련…: 왼쪽에는 설정(아키텍처와 그 튜토리얼의 방법을 따른 기본값, 에포크,
배치 크기, 학습률, 옵티마이저, 노이즈 계수, 훈련 세트의 일부만 사용, 시드, 장치, 새 모델의
이름, 또는 이어서 훈련할 기존 모델)과 MNIST 훈련 세트의 위치가 있고, 오른쪽에는 진행 상황,
손실 그래프, 테스트 숫자 8개(위 행: 모델의 입력, 아래 행: 마지막 에포크 후의 재구성), 그리고
에포크마다 지표 한 줄이 있습니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;훈련은 별도의 프로세스에서 실행되므로 창은 계속 쓸 수 있습니다. &lt;i&gt;훈련 취소&lt;/i&gt;는
훈련을 멈추고 아무것도 저장하지 않습니다. 배치마다 모델이 입력을 재구성하고(노이즈 계수 f가
있으면 입력은 clip(x + f/2 · N(0, 1))이 되고 목표는 깨끗한 숫자 그대로입니다), 옵티마이저가
손실에 대해 한 걸음 나아갑니다:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;BCE 모델: 픽셀당 이진 교차 엔트로피&lt;/li&gt;
&lt;li&gt;MSE 모델: 모델 자체 범위(&lt;i&gt;denoising_dense&lt;/i&gt;는 −1~1)에서 픽셀당 제곱 오차&lt;/li&gt;
&lt;li&gt;&lt;i&gt;vae_2d&lt;/i&gt;: 784개 픽셀에 대해 합한 BCE에 표준 가우스 분포로부터의 KL 발산을 더한
숫자당 값: 이 합이 −ELBO이며 단위는 nats입니다.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;그래프에서 &lt;i&gt;훈련 (평활화)&lt;/i&gt;는 현재 배치의 손실로, 최대 0.1초마다 보고되며 최근
10번의 보고를 평균합니다. x축은 에포크를 셉니다. &lt;i&gt;테스트 (에포크마다)&lt;/i&gt;는 각 에포크가
끝난 뒤 첫 테스트 숫자 2,000개에서 잰 같은 양입니다(−1~1 MSE라 척도가 다른
&lt;i&gt;denoising_dense&lt;/i&gt;에서는 그리지 않습니다). 지표 줄은 그 테스트 숫자들과 0~1 픽셀에서 잰
값입니다: 픽셀당 BCE, MSE, 반올림 정확도(출력과 목표를 반올림했을 때 같은 0 또는 1이 되는
픽셀의 비율), 잡음 제거 MSE(노이즈 계수 0.5인 입력, 목표는 깨끗한 숫자), 그리고 VAE라면
nats 단위의 −ELBO. 훈련이 끝나면 테스트 숫자 10,000개 전체에서 지표를 다시 재고, dB 단위의
PSNR = 10 · log10(1 / MSE)과 함께 모델에 저장합니다(&lt;a href=&quot;topic:model-info&quot;&gt;모델 정보&lt;/a&gt;
참고).&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;i&gt;dense_100&lt;/i&gt;을 숫자 5,000개짜리 부분 집합으로 2 에포크 훈련해 보세요: 곡선이 빠르게
떨어지다가 평평해집니다.&lt;/li&gt;
&lt;li&gt;학습률을 10배로 올려 다시 훈련해 보세요: 곡선이 더 들쭉날쭉해지거나, 훈련이 발산합니다.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;denoising_dense&lt;/i&gt;를 노이즈 계수 0으로 훈련하고, 강건성 곡선에서 앱에 포함된 모델과
비교해 보세요.&lt;/li&gt;
&lt;li&gt;직접 훈련한 모델 하나를 몇 에포크 더 이어서 훈련해 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;훈련 곡선은 에포크 동안 모델이 아직 변하는 중에 재고, 테스트 점은 에포크가 끝났을 때의
모델로 재기 때문에, 초반에는 테스트 점이 곡선보다 아래에 있을 수 있습니다. 훈련 곡선은 계속
내려가는데 테스트 값이 올라간다면 과대적합입니다. 반올림 정확도는 실제보다 좋게 들립니다:
대부분의 픽셀이 배경이라서, 전부 검은 출력도 MNIST에서 이미 약 0.87점을 받습니다. PSNR은
로그 척도입니다: 3 dB가 높으면 MSE가 절반입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;Models → Model info… (Ctrl+I, the &lt;i&gt;Model info…&lt;/i&gt; button, or a double-click on a model in
the Models list), for the focused model: its architecture, description and number of
parameters, and tabs, among them these three. &lt;i&gt;Summary&lt;/i&gt;: the layers of the encoder and the decoder with
their output shapes and parameter counts, like Keras&apos; model summary. &lt;i&gt;Metrics&lt;/i&gt;: the
test figures stored with the model, the number of epochs, the training time, the command that
trained it and its file. &lt;i&gt;Training curves&lt;/i&gt;: the loss recorded while it trained.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Nothing is measured when the dialog opens: the figures were measured when training ended,
on the 10,000 MNIST test digits, on 0 to 1 pixels. BCE per pixel (outputs clipped to
[10⁻⁷, 1 − 10⁻⁷]), MSE, PSNR = 10 · log10(1 / MSE) in dB,
rounded accuracy (pixels where output and target round to the same 0 or 1), denoising MSE
(Gaussian noise of factor 0.5, that is standard deviation 0.25, target the clean digit) and,
for the VAE, −ELBO in nats per digit (one sampled code per digit). The training curve
is stored as up to about 600 points, each the mean of the batch losses since the previous
one; the dots are the test figure on the same scale, measured after each epoch.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Open the &lt;i&gt;Summary&lt;/i&gt; and find the bottleneck: the layer with the smallest output.&lt;/li&gt;
&lt;li&gt;Compare the number of parameters and the MSE of &lt;i&gt;conv_upsampling&lt;/i&gt; and
&lt;i&gt;dense_100&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;Compare the denoising MSE of &lt;i&gt;denoising_dense&lt;/i&gt; with that of &lt;i&gt;dense_100&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;Look at the training curves of a shipped model: was it still improving at the end?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;&lt;i&gt;conv_upsampling&lt;/i&gt; has about 4,400 parameters and &lt;i&gt;dense_100&lt;/i&gt; about 454,000,
yet their test errors are close: convolutions reuse the same small filters all over the
image. What limits a model most is the size of its code: the two models with a 2-D code
have far more parameters than &lt;i&gt;conv_upsampling&lt;/i&gt; and several times its error. All models
here are measured by the same code on the same test digits, so their figures can be compared;
their training recipes, though, come from different tutorials.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;모델 → 모델 정보…(Ctrl+I, &lt;i&gt;모델 정보…&lt;/i&gt; 버튼, 또는 모델 목록에서 모델을 두 번 클릭):
초점이 맞춰진 모델의 아키텍처, 설명, 파라미터 수와 여러 탭이 나오며, 그중 세 가지는 다음과
같습니다. &lt;i&gt;요약&lt;/i&gt;: Keras의 모델 요약처럼, 인코더와 디코더의 층을 출력 형태와 파라미터 수와
함께 보여 줍니다. &lt;i&gt;지표&lt;/i&gt;: 모델과 함께 저장된 테스트 값, 에포크 수, 훈련 시간, 훈련에 쓴
명령과 파일. &lt;i&gt;훈련 곡선&lt;/i&gt;: 훈련하는 동안 기록한 손실.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;대화 상자를 열 때는 아무것도 재지 않습니다: 값들은 훈련이 끝났을 때 MNIST 테스트 숫자
10,000개에서 0~1 픽셀로 잰 것입니다. 픽셀당 BCE(출력을 [10⁻⁷, 1 − 10⁻⁷]로 자름), MSE,
dB 단위의 PSNR = 10 · log10(1 / MSE), 반올림 정확도(출력과 목표를 반올림했을 때 같은 0 또는
1이 되는 픽셀), 잡음 제거 MSE(계수 0.5, 즉 표준편차 0.25인 가우스 노이즈, 목표는 깨끗한 숫자),
그리고 VAE라면 숫자당 nats 단위의 −ELBO(숫자마다 코드 하나를 샘플링)입니다. 훈련 곡선은
최대 약 600개의 점으로 저장되며, 각 점은 이전 점 이후 배치 손실의 평균입니다. 점(dot)들은
각 에포크 후에 같은 척도로 잰 테스트 값입니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;i&gt;요약&lt;/i&gt;을 열고 병목을 찾아보세요: 출력이 가장 작은 층입니다.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;conv_upsampling&lt;/i&gt;과 &lt;i&gt;dense_100&lt;/i&gt;의 파라미터 수와 MSE를 비교해 보세요.&lt;/li&gt;
&lt;li&gt;&lt;i&gt;denoising_dense&lt;/i&gt;와 &lt;i&gt;dense_100&lt;/i&gt;의 잡음 제거 MSE를 비교해 보세요.&lt;/li&gt;
&lt;li&gt;앱에 포함된 모델의 훈련 곡선을 보세요: 마지막까지 나아지고 있었나요?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;&lt;i&gt;conv_upsampling&lt;/i&gt;의 파라미터는 약 4,400개, &lt;i&gt;dense_100&lt;/i&gt;은 약 454,000개인데도
테스트 오차는 비슷합니다: 합성곱은 같은 작은 필터를 이미지 전체에서 재사용하기 때문입니다.
모델을 가장 크게 제한하는 것은 코드의 크기입니다: 2차원 코드를 가진 두 모델은
&lt;i&gt;conv_upsampling&lt;/i&gt;보다 파라미터가 훨씬 많지만 오차는 몇 배입니다. 여기 있는 모든 모델은
같은 코드로 같은 테스트 숫자에서 재므로 값을 서로 비교할 수 있습니다. 다만 훈련 방법은 서로
다른 튜토리얼에서 왔습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;What every layer of the focused model makes of the digit on the canvas, from the input
on the left to the reconstruction on the right, one panel per layer. A convolution layer
shows its feature maps tiled, one small picture per channel; a dense layer shows its units
as a square picture when its size allows one, a small code as bars. The shape of the output
(channels × height × width, or the number of units) is written under each panel, and the
code, where encoder meets decoder, is marked. Hover a tile to see that channel large, with
its numbers.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The compute engine runs the 28×28 input the panes use through the model&apos;s encoder and
decoder one layer at a time, exactly as the model does. An activation function (ReLU, SELU,
LeakyReLU) is folded into the panel of the layer before it, so a panel shows the output
after the activation; flattening and reshaping are not panels of their own. Each channel is
sent as 8-bit pixels between its own minimum and maximum, and shown on one scale for the
whole layer (black is zero, white the layer&apos;s strongest values), so channels of a layer can
be compared; negative values are drawn in blue. One request is computed at a time, and
only while the dock is open.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Focus &lt;i&gt;conv_selu&lt;/i&gt; (click its pane) and draw slowly: watch the first layer&apos;s
16 maps light up along the edges of your strokes.&lt;/li&gt;
&lt;li&gt;Focus a dense model: its first layer has no picture of the digit any more, only
256 numbers.&lt;/li&gt;
&lt;li&gt;Draw a 1 and then a 0 and compare the code panel: which units change?&lt;/li&gt;
&lt;li&gt;Turn on noise and see which layers still show it.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Early convolution layers keep the layout of the digit: each map is the digit seen through
one small filter (edges in one direction, thick strokes, the background). Deeper layers have
fewer pixels and more channels, and look less and less like a digit; the decoder&apos;s layers
grow the picture back. Many units are dark for any digit: after a ReLU a unit is zero
whenever its input is negative.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;초점이 맞춰진 모델의 각 층이 캔버스의 숫자를 어떻게 바꾸는지를, 왼쪽의 입력부터
오른쪽의 재구성까지 층마다 패널 하나씩 보여 줍니다. 합성곱 층은 특성 맵을 타일로 배치해
채널마다 작은 그림 하나로 보여 주고, 밀집층은 크기가 허락하면 유닛들을 정사각형 그림으로,
작은 코드는 막대로 보여 줍니다. 각 패널 아래에는 출력의 형태(채널 × 높이 × 너비, 또는 유닛
수)가 적혀 있고, 인코더와 디코더가 만나는 코드에는 표시가 붙어 있습니다. 타일 위에 마우스를
올리면 그 채널이 값과 함께 크게 보입니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;계산 엔진은 재구성 창들이 쓰는 것과 같은 28×28 입력을 모델의 인코더와 디코더에 한 층씩,
모델이 계산하는 그대로 통과시킵니다. 활성화 함수(ReLU, SELU, LeakyReLU)는 바로 앞 층의
패널에 합쳐지므로, 패널은 활성화를 거친 뒤의 출력을 보여 줍니다. 평탄화와 형태 바꾸기는
따로 패널을 두지 않습니다. 각 채널은 자체 최솟값과 최댓값 사이의 8비트 픽셀로 전달되고,
층 전체에 하나의 눈금으로 그려지므로(검은색은 0, 흰색은 그 층에서 가장 강한 값) 한 층의
채널들을 서로 비교할 수 있습니다. 음수 값은 파란색으로 그립니다. 요청은 한 번에 하나씩만,
그리고 도크가 열려 있는 동안에만 계산합니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;i&gt;conv_selu&lt;/i&gt;에 초점을 맞추고(그 창을 클릭) 천천히 그려 보세요: 첫 번째 층의
맵 16개가 획의 가장자리를 따라 밝아집니다.&lt;/li&gt;
&lt;li&gt;밀집 모델에 초점을 맞춰 보세요: 첫 번째 층에는 더 이상 숫자의 그림이 없고
256개의 수만 있습니다.&lt;/li&gt;
&lt;li&gt;1을 그린 다음 0을 그리고 코드 패널을 비교해 보세요: 어떤 유닛이 바뀌나요?&lt;/li&gt;
&lt;li&gt;노이즈를 켜고, 어느 층에 아직 노이즈가 보이는지 살펴보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;앞쪽 합성곱 층은 숫자의 배치를 그대로 유지합니다: 각 맵은 작은 필터 하나를 통해 본
숫자입니다(한 방향의 가장자리, 굵은 획, 배경). 깊은 층일수록 픽셀은 적어지고 채널은 많아지며,
점점 숫자처럼 보이지 않게 됩니다. 디코더의 층들은 그림을 다시 키워 나갑니다. 많은 유닛은
어떤 숫자에 대해서도 어둡습니다: ReLU를 거친 유닛은 입력이 음수이면 언제나 0이 되기
때문입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;The digit on the canvas, then its reconstruction by every size of the bottleneck family:
the same dense autoencoder, 784-256-z-256-784, trained with codes of z = 2, 4, 8, 16, 32, 64
and 128 numbers. Models you trained yourself join the row in size order, with their names,
and models of the convolutional family get a second row. Under each picture is its mean
squared error against your digit. Below, the rate–distortion curve plots each model&apos;s
average error on the 10,000 test digits (MSE on the left, BCE on the right) against z on a
log axis: the shipped family is the line, your models are stars, your digit is the dashed
line.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The window sends the same 28×28 input the panes use (MNIST&apos;s preprocessing plus the
noise panel&apos;s noise) to the compute engine, where each model encodes it to z numbers and
decodes it back; the errors are measured against the clean digit. Only one request is
computed at a time, and only while the window is open. The curve&apos;s figures were measured
once, when each model was trained, and are read from the model file.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Draw a digit and watch where it becomes recognisable: z = 2 often gives a blurry
average digit, by z = 16 the strokes are yours.&lt;/li&gt;
&lt;li&gt;Draw something that is not a digit and see the small codes turn it into one.&lt;/li&gt;
&lt;li&gt;Turn on noise: small codes ignore it, large codes reproduce it.&lt;/li&gt;
&lt;li&gt;Train one more size (Train → Train model…, the dense family, latent size 3) and see
where it lands on the curve.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Each doubling of the code helps less than the one before: the curve flattens. Most of
what makes a digit readable fits in a few numbers, and the last 64 numbers mostly add fine
detail. Your digit&apos;s dashed line sits above the test average when it is unusual: the models
learned the typical MNIST stroke.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;캔버스의 숫자와, 병목 계열의 모든 크기가 그 숫자를 재구성한 결과입니다: 같은 밀집
오토인코더 784-256-z-256-784를 z = 2, 4, 8, 16, 32, 64, 128개의 수로 된 코드로 훈련한
것입니다. 직접 훈련한 모델은 이름과 함께 크기 순서대로 그 줄에 끼어들고, 합성곱 계열의
모델은 두 번째 줄에 나옵니다. 각 그림 아래에는 내가 그린 숫자에 대한 평균 제곱 오차가
있습니다. 그 아래의 비율–왜곡 곡선은 테스트 숫자 10,000개에 대한 각 모델의 평균 오차(왼쪽은
MSE, 오른쪽은 BCE)를 로그 축의 z에 대해 그립니다: 앱에 포함된 계열은 선, 직접 훈련한 모델은
별, 내가 그린 숫자는 점선입니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;이 창은 재구성 창들이 쓰는 것과 같은 28×28 입력(MNIST 전처리에 노이즈 패널의 노이즈를
더한 것)을 계산 엔진에 보내고, 엔진에서 각 모델이 그 입력을 수 z개로 인코딩했다가 다시
디코딩합니다. 오차는 깨끗한 숫자를 기준으로 잽니다. 요청은 한 번에 하나씩만, 그리고 창이
열려 있는 동안에만 계산합니다. 곡선의 수치는 각 모델을 훈련할 때 한 번 잰 것으로, 모델
파일에서 읽어 옵니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;숫자를 그리고 어디서부터 알아볼 수 있게 되는지 보세요: z = 2는 흐릿한 평균적인 숫자를
내놓을 때가 많고, z = 16쯤이면 획이 내가 그린 그대로입니다.&lt;/li&gt;
&lt;li&gt;숫자가 아닌 것을 그리고, 작은 코드가 그것을 숫자로 바꾸는 것을 보세요.&lt;/li&gt;
&lt;li&gt;노이즈를 켜 보세요: 작은 코드는 노이즈를 무시하고, 큰 코드는 노이즈까지 재현합니다.&lt;/li&gt;
&lt;li&gt;크기를 하나 더 훈련해 보세요(훈련 → 모델 훈련…, 밀집 계열, 잠재 크기 3). 그 모델이
곡선의 어디에 놓이는지 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;코드를 두 배로 늘릴 때마다 얻는 이득은 그 전보다 작아집니다: 곡선이 평평해집니다. 숫자를
알아볼 수 있게 하는 것의 대부분은 몇 개의 수에 담기고, 마지막 64개의 수는 주로 세밀한 부분을
더합니다. 내가 그린 숫자가 특이하면 그 점선은 테스트 평균보다 위에 놓입니다: 모델들은
전형적인 MNIST 획을 배웠기 때문입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;A replay of how a model learned. The slider moves through the frames its training
recorded; the play button runs them like a film. For each frame you see how far training
was (epoch 0.25 is a quarter of the first epoch), the training and validation loss curves
with a marker at that moment, the strip of test digits above the model&apos;s reconstructions at
that moment and, for a model with a 2-D code, where the test digits lay in its plane,
coloured by their label.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The trainer records a frame 5 times during the first epoch, when the most happens, and
after every epoch: the training loss averaged over the batches since the previous frame,
the same loss on the first 1,000 test digits, the reconstructions of the first 8 test digits
and, for 2-D codes, the codes of the first 600 test digits. The frames are saved inside the
model&apos;s weights file, as 8-bit pictures and 16-bit positions, so a 30-epoch run adds about
0.2 MB. Model info shows the timeline of any model that has one, the training dialog shows
the run it has just finished.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Open Model info of the VAE and drag the slider from the start: watch the cloud of
digits unfold from one blob into groups.&lt;/li&gt;
&lt;li&gt;Compare with the 2-D conv AE: its groups drift apart and leave gaps.&lt;/li&gt;
&lt;li&gt;Find the frame where the reconstructions first look like digits.&lt;/li&gt;
&lt;li&gt;Press Home and then play.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Most of the learning happens in the first epoch: the loss falls steeply before the first
epoch ends and then slowly. Early reconstructions are one blurry average digit for every
input; distinct digits appear later. In a 2-D plane the groups form early and then only
move and sharpen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;모델이 배운 과정을 다시 보여 줍니다. 슬라이더는 훈련 중에 기록된 프레임들 사이를 움직이고,
재생 버튼은 프레임들을 영화처럼 이어서 보여 줍니다. 프레임마다 훈련이 얼마나 진행되었는지
(에포크 0.25는 첫 에포크의 4분의 1), 그 순간에 표시가 붙은 훈련 손실과 검증 손실 곡선, 테스트
숫자들의 줄과 그 아래에 그 순간 모델이 만든 재구성, 그리고 2차원 코드를 가진 모델이라면 테스트
숫자들이 평면의 어디에 놓였는지를 레이블별 색으로 보여 줍니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;훈련 중에는 가장 많은 일이 일어나는 첫 에포크 동안 프레임을 5번, 그 뒤로는 에포크마다
한 번씩 기록합니다: 이전 프레임 이후의 배치들에 대해 평균한 훈련 손실, 첫 테스트 숫자
1,000개에서 잰 같은 손실, 첫 테스트 숫자 8개의 재구성, 그리고 2차원 코드라면 첫 테스트 숫자
600개의 코드입니다. 프레임은 8비트 그림과 16비트 위치로 모델의 가중치 파일 안에 저장되므로,
30 에포크 훈련이면 파일이 약 0.2 MB 늘어납니다. 모델 정보는 타임라인이 있는 모든 모델의
타임라인을 보여 주고, 훈련 대화 상자는 방금 끝난 훈련을 보여 줍니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;VAE의 모델 정보를 열고 슬라이더를 처음부터 끌어 보세요: 숫자들의 구름이 한 덩어리에서
여러 그룹으로 펼쳐집니다.&lt;/li&gt;
&lt;li&gt;2차원 합성곱 AE와 비교해 보세요: 그 그룹들은 서로 멀어지며 사이에 빈틈을 남깁니다.&lt;/li&gt;
&lt;li&gt;재구성이 처음으로 숫자처럼 보이는 프레임을 찾아보세요.&lt;/li&gt;
&lt;li&gt;Home 키를 누른 다음 재생해 보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;학습의 대부분은 첫 에포크에서 일어납니다: 손실은 첫 에포크가 끝나기 전에 가파르게 떨어지고,
그 뒤로는 천천히 떨어집니다. 초반의 재구성은 어떤 입력에 대해서나 흐릿한 평균 숫자 하나이고,
서로 다른 숫자는 나중에야 나타납니다. 2차원 평면에서 그룹들은 일찍 생기고, 그 뒤로는 움직이고
또렷해질 뿐입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;The per-epoch curves of any models you choose, shipped or trained by you, overlaid in one
plot: tick models in the list, pick the measure (validation BCE, validation MSE, validation
−ELBO for a VAE, or each model&apos;s own training loss) and, if the curves are far apart, a
logarithmic axis. The legend names each model by its title.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Nothing is computed again: each point is a figure the trainer stored in the model&apos;s file
after that epoch. The validation figures were measured on the first 2,000 test digits, on
the [0, 1] pixel scale, so models trained with different losses can be compared on the same
measure. The training loss is each model&apos;s own objective (BCE, MSE or −ELBO), so its curves
are comparable only between models with the same loss.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Tick the dense family from z = 2 to z = 128 and look at validation MSE on a log axis.&lt;/li&gt;
&lt;li&gt;Compare a model you trained with the shipped model of the same architecture.&lt;/li&gt;
&lt;li&gt;Tick the 2-D conv AE and the VAE and pick validation BCE.&lt;/li&gt;
&lt;li&gt;Find a model whose curve was still falling at its last epoch.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;A curve that is still falling at the end says that more epochs would have helped; a
curve that flattens early says the model has reached what its size allows. Models of very
different sizes can learn at the same speed at first and then part ways, which is the
bottleneck sweep seen over time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;보이는 것&lt;/h3&gt;
&lt;p&gt;고른 모델들(앱에 포함된 모델이든 직접 훈련한 모델이든)의 에포크별 곡선을 한 그래프에 겹쳐
보여 줍니다: 목록에서 모델에 체크하고, 지표(검증 BCE, 검증 MSE, VAE의 검증 −ELBO, 또는 각
모델 자신의 훈련 손실)를 고르고, 곡선들이 서로 멀리 떨어져 있으면 로그 축을 켜세요. 범례는 각
모델을 그 제목으로 부릅니다.&lt;/p&gt;
&lt;h3&gt;여기서 계산하는 방법&lt;/h3&gt;
&lt;p&gt;아무것도 다시 계산하지 않습니다: 각 점은 훈련 중에 그 에포크가 끝난 뒤 모델 파일에 저장한
값입니다. 검증 값은 첫 테스트 숫자 2,000개에서 [0, 1] 픽셀 척도로 잰 것이므로, 서로 다른
손실로 훈련한 모델도 같은 지표로 비교할 수 있습니다. 훈련 손실은 각 모델 자신의 목적
함수(BCE, MSE 또는 −ELBO)이므로, 그 곡선은 손실이 같은 모델끼리만 비교할 수 있습니다.&lt;/p&gt;
&lt;h3&gt;해 보기&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;z = 2부터 z = 128까지 밀집 계열에 체크하고, 로그 축에서 검증 MSE를 보세요.&lt;/li&gt;
&lt;li&gt;직접 훈련한 모델을 같은 아키텍처의 앱에 포함된 모델과 비교해 보세요.&lt;/li&gt;
&lt;li&gt;2차원 합성곱 AE와 VAE에 체크하고 검증 BCE를 고르세요.&lt;/li&gt;
&lt;li&gt;마지막 에포크에서도 곡선이 여전히 내려가고 있던 모델을 찾아보세요.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;눈여겨볼 점&lt;/h3&gt;
&lt;p&gt;끝에서도 여전히 내려가는 곡선은 에포크를 더 늘렸다면 나아졌으리라는 뜻이고, 일찍 평평해지는
곡선은 모델이 그 크기로 할 수 있는 만큼에 도달했다는 뜻입니다. 크기가 아주 다른 모델들도
처음에는 같은 속도로 배우다가 나중에 갈라질 수 있는데, 이것이 바로 병목 크기 바꿔 보기를 시간에
따라 본 모습입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The canvas and MNIST preprocessing</source>
        <translation>캔버스와 MNIST 전처리</translation>
    </message>
    <message>
        <source>The noise panel</source>
        <translation>노이즈 패널</translation>
    </message>
    <message>
        <source>Reconstructions and their errors (MSE, BCE)</source>
        <translation>재구성과 그 오차 (MSE, BCE)</translation>
    </message>
    <message>
        <source>The latent code dock</source>
        <translation>잠재 코드 도크</translation>
    </message>
    <message>
        <source>Latent planes and the decoded grid</source>
        <translation>잠재 평면과 디코딩 그리드</translation>
    </message>
    <message>
        <source>Interpolation: linear and slerp</source>
        <translation>보간: 선형 보간과 slerp</translation>
    </message>
    <message>
        <source>Clustering: purity and NMI</source>
        <translation>군집화: 순도와 NMI</translation>
    </message>
    <message>
        <source>The robustness curve</source>
        <translation>강건성 곡선</translation>
    </message>
    <message>
        <source>Training: loss curves and metrics</source>
        <translation>훈련: 손실 곡선과 지표</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>모델 정보</translation>
    </message>
    <message>
        <source>Layer activations</source>
        <translation>층 활성화</translation>
    </message>
    <message>
        <source>The bottleneck sweep</source>
        <translation>병목 크기 바꿔 보기</translation>
    </message>
    <message>
        <source>The training timeline</source>
        <translation>훈련 타임라인</translation>
    </message>
    <message>
        <source>Comparing training curves</source>
        <translation>훈련 곡선 비교</translation>
    </message>
</context>
<context>
    <name>LatentExplorer</name>
    <message>
        <source>Model whose latent space this plane shows</source>
        <translation>이 평면에 잠재 공간을 표시할 모델</translation>
    </message>
    <message>
        <source>The digit decoded at the cursor</source>
        <translation>커서 위치에서 디코딩한 숫자</translation>
    </message>
    <message>
        <source>The test digit under the mouse</source>
        <translation>마우스 아래에 있는 테스트 숫자</translation>
    </message>
    <message>
        <source>The test digits nearest to the canvas digit in latent space</source>
        <translation>잠재 공간에서 캔버스 숫자와 가장 가까운 테스트 숫자들</translation>
    </message>
    <message>
        <source>Decoded at cursor</source>
        <translation>커서 위치 디코딩</translation>
    </message>
    <message>
        <source>Hovered digit</source>
        <translation>마우스 아래 숫자</translation>
    </message>
    <message>
        <source>Nearest to canvas digit</source>
        <translation>캔버스 숫자의 최근접 이웃</translation>
    </message>
    <message>
        <source>Latent space explorer</source>
        <translation>잠재 공간 탐색기</translation>
    </message>
    <message>
        <source>Decoded digits per side of the grid</source>
        <translation>그리드 한 변에 디코딩할 숫자 개수</translation>
    </message>
    <message>
        <source>Decoded grid</source>
        <translation>디코딩 그리드</translation>
    </message>
    <message>
        <source>Test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>Grid follows zoom</source>
        <translation>확대/이동에 맞춰 그리드 갱신</translation>
    </message>
    <message>
        <source>Re-decode the grid over the visible range after you pan or zoom (default range: 1st-99th percentile of the data)</source>
        <translation>이동하거나 확대/축소한 뒤 보이는 범위에 맞춰 그리드를 다시 디코딩합니다(기본 범위: 데이터의 1~99 백분위수)</translation>
    </message>
    <message>
        <source>Reset range</source>
        <translation>범위 초기화</translation>
    </message>
    <message>
        <source>Export grid PNG…</source>
        <translation>그리드 PNG 내보내기…</translation>
    </message>
    <message>
        <source>Export scatter PNG…</source>
        <translation>산점도 PNG 내보내기…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>그리드</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>보간</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>군집화</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>오류: {reason}</translation>
    </message>
    <message>
        <source>encoding the 10,000 test digits…</source>
        <translation>테스트 숫자 10,000개를 인코딩하는 중…</translation>
    </message>
    <message>
        <source>2-D latent: the plane is the latent space itself ({n} test digits).</source>
        <translation>2차원 잠재 공간: 이 평면이 곧 잠재 공간입니다(테스트 숫자 {n}개).</translation>
    </message>
    <message>
        <source>{size}-D latent projected with PCA: the plane explains {pc1} + {pc2} of the variance. The grid decodes points of the PCA plane, an approximation.</source>
        <translation>{size}차원 잠재 공간을 PCA로 투영했습니다: 이 평면은 분산의 {pc1} + {pc2}를 설명합니다. 그리드는 PCA 평면 위의 점을 디코딩하므로 근사치입니다.</translation>
    </message>
    <message>
        <source>model: {name}</source>
        <translation>모델: {name}</translation>
    </message>
    <message>
        <source>test digit #{index}, label {label}</source>
        <translation>테스트 숫자 #{index}, 레이블 {label}</translation>
    </message>
    <message>
        <source>Draw a digit first to use the canvas digit as an endpoint.</source>
        <translation>캔버스 숫자를 끝점으로 쓰려면 먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>Note: the right plane&apos;s cursor is read in the left model&apos;s plane coordinates.</source>
        <translation>참고: 오른쪽 평면의 커서 위치는 왼쪽 모델의 평면 좌표로 읽습니다.</translation>
    </message>
    <message>
        <source>No grid to export yet.</source>
        <translation>아직 내보낼 그리드가 없습니다.</translation>
    </message>
    <message>
        <source>the plot could not be encoded as PNG</source>
        <translation>그래프를 PNG로 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path}을(를) 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Could not save {path}:
{reason}</source>
        <translation>{path}을(를) 저장할 수 없습니다:
{reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export decoded grid</source>
        <translation>디코딩 그리드 내보내기</translation>
    </message>
    <message>
        <source>Export scatter</source>
        <translation>산점도 내보내기</translation>
    </message>
    <message>
        <source>Export interpolation</source>
        <translation>보간 결과 내보내기</translation>
    </message>
</context>
<context>
    <name>LatentPlane</name>
    <message>
        <source>Click or drag to decode any point. Star: the digit on the canvas. Scroll to zoom, drag the background to pan.</source>
        <translation>클릭하거나 드래그하면 그 점을 디코딩합니다. 별: 캔버스의 숫자. 스크롤하면 확대/축소, 배경을 드래그하면 이동합니다.</translation>
    </message>
    <message>
        <source>Coarse preview; the full grid is being decoded</source>
        <translation>간이 미리보기입니다. 전체 그리드를 디코딩하는 중입니다</translation>
    </message>
</context>
<context>
    <name>LatentTools</name>
    <message>
        <source>Canvas digit</source>
        <translation>캔버스 숫자</translation>
    </message>
    <message>
        <source>Test digit #</source>
        <translation>테스트 숫자 #</translation>
    </message>
    <message>
        <source>Cursor, left plane</source>
        <translation>커서, 왼쪽 평면</translation>
    </message>
    <message>
        <source>Cursor, right plane</source>
        <translation>커서, 오른쪽 평면</translation>
    </message>
    <message>
        <source>Index of a digit in the bundled MNIST test set</source>
        <translation>앱에 포함된 MNIST 테스트 세트에서 숫자의 인덱스</translation>
    </message>
    <message>
        <source>Spherical (slerp)</source>
        <translation>구면 보간 (slerp)</translation>
    </message>
    <message>
        <source>Interpolate along a great circle; meaningful for the VAE, whose prior is a round Gaussian</source>
        <translation>대원(great circle)을 따라 보간합니다. 사전 분포가 둥근 가우스 분포인 VAE에서 의미가 있습니다</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>군집화 실행</translation>
    </message>
    <message>
        <source>KMeans on the model&apos;s codes of the 10,000 test digits, compared with KMeans on raw pixels</source>
        <translation>테스트 숫자 10,000개에 대한 모델의 코드로 KMeans를 수행하고, 원시 픽셀에 대한 KMeans와 비교합니다</translation>
    </message>
    <message>
        <source>KMeans on the latent codes: how well do clusters match digits?</source>
        <translation>잠재 코드에 대한 KMeans: 군집이 숫자와 얼마나 잘 맞을까요?</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>clustering…</source>
        <translation>군집화 중…</translation>
    </message>
    <message>
        <source>cluster {cluster}: {n} digits, mostly {digit} ({share})</source>
        <translation>군집 {cluster}: 숫자 {n}개, 대부분 {digit} ({share})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; codes: purity &lt;b&gt;{purity}&lt;/b&gt;, NMI &lt;b&gt;{nmi}&lt;/b&gt;&lt;br&gt;raw pixels (baseline): purity {pixel_purity}, NMI {pixel_nmi}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 코드: 순도 &lt;b&gt;{purity}&lt;/b&gt;, NMI &lt;b&gt;{nmi}&lt;/b&gt;&lt;br&gt;원시 픽셀(기준선): 순도 {pixel_purity}, NMI {pixel_nmi}</translation>
    </message>
    <message>
        <source>clustering failed: {reason}</source>
        <translation>군집화 실패: {reason}</translation>
    </message>
</context>
<context>
    <name>LessonDenoising</name>
    <message>
        <source>clean</source>
        <translation>깨끗한 숫자</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Noise factor: every pixel gets factor × N(0, 1) added, then is clipped to [0, 1]. The Keras blog uses 0.5.</source>
        <translation>노이즈 계수: 모든 픽셀에 계수 × N(0, 1)을 더한 다음 [0, 1]로 자릅니다. Keras 블로그는 0.5를 씁니다.</translation>
    </message>
    <message>
        <source>A model trained on clean digits only, to compare with</source>
        <translation>비교용으로, 깨끗한 숫자로만 훈련한 모델</translation>
    </message>
    <message>
        <source>New digits</source>
        <translation>새 숫자</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>새 노이즈</translation>
    </message>
    <message>
        <source>The same digits with another draw of the noise</source>
        <translation>같은 숫자에 노이즈를 새로 뽑아 더합니다</translation>
    </message>
    <message>
        <source>Tutorial&apos;s 0.5</source>
        <translation>튜토리얼의 0.5</translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation>노이즈 계수</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>The denoising model ({name}) is not loaded, so there is nothing to compare with: only the plain model is shown. It ships with AE Desktop; if you removed it, train it again with Train → Train model… (Denoising AE) or reload the models (Models → Reload models).</source>
        <translation>잡음 제거 모델({name})을 불러오지 않아 비교할 대상이 없습니다: 일반 모델만 표시합니다. 이 모델은 AE Desktop에 포함되어 있습니다. 지웠다면 훈련 → 모델 훈련…(잡음 제거 AE)으로 다시 훈련하거나 모델을 다시 불러오세요(모델 → 모델 다시 불러오기).</translation>
    </message>
    <message>
        <source>No model is loaded yet: the figure fills in as soon as the models are.</source>
        <translation>아직 불러온 모델이 없습니다: 모델을 불러오는 대로 그림이 채워집니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>noised {factor:.2f}</source>
        <translation>노이즈 {factor:.2f}</translation>
    </message>
    <message>
        <source>{model}: trained on noisy digits, to give back clean ones</source>
        <translation>{model}: 노이즈 섞인 숫자로 훈련해 깨끗한 숫자를 돌려주는 모델</translation>
    </message>
    <message>
        <source>{model}: trained on clean digits only</source>
        <translation>{model}: 깨끗한 숫자로만 훈련한 모델</translation>
    </message>
    <message>
        <source>Mean squared error against the clean digits: {mse:.4f}</source>
        <translation>깨끗한 숫자 대비 평균 제곱 오차: {mse:.4f}</translation>
    </message>
    <message>
        <source>The {model} rows could not be computed: {message}</source>
        <translation>{model} 행을 계산할 수 없었습니다: {message}</translation>
    </message>
    <message>
        <source>On these digits the denoiser&apos;s error is {ratio:.1f} times smaller than that of {plain}.</source>
        <translation>이 숫자들에서 잡음 제거 모델의 오차는 {plain}의 오차보다 {ratio:.1f}배 작습니다.</translation>
    </message>
    <message>
        <source>On these digits {plain} does as well as the denoiser or better (try a larger noise factor).</source>
        <translation>이 숫자들에서는 {plain}이(가) 잡음 제거 모델만큼, 또는 더 잘합니다(노이즈 계수를 더 크게 해 보세요).</translation>
    </message>
</context>
<context>
    <name>LessonDimReduction</name>
    <message>
        <source>The model whose codes of the 10,000 test digits KMeans groups into 10 clusters</source>
        <translation>테스트 숫자 10,000개에 대한 코드를 KMeans로 10개 군집으로 묶을 모델</translation>
    </message>
    <message>
        <source>KMeans (k = 10) on the codes of</source>
        <translation>KMeans (k = 10) 대상 코드:</translation>
    </message>
    <message>
        <source>Your digit and its codes</source>
        <translation>내 숫자와 그 코드</translation>
    </message>
    <message>
        <source>Test digits and their codes</source>
        <translation>테스트 숫자와 그 코드</translation>
    </message>
    <message>
        <source>Clusters of the codes</source>
        <translation>코드의 군집</translation>
    </message>
    <message>
        <source>Not loaded: {models}. This figure needs dense_100 and conv_latent_map; both ship with AE Desktop. Reload the models (Models → Reload models) or train them again (Train → Train model…).</source>
        <translation>불러오지 않은 모델: {models}. 이 그림에는 dense_100과 conv_latent_map이 필요하며, 둘 다 AE Desktop에 포함되어 있습니다. 모델을 다시 불러오거나(모델 → 모델 다시 불러오기) 다시 훈련하세요(훈련 → 모델 훈련…).</translation>
    </message>
    <message>
        <source>Neither dense_100 nor conv_latent_map is loaded: there are no codes to show.</source>
        <translation>dense_100도 conv_latent_map도 불러오지 않아 보여 줄 코드가 없습니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: its codes appear here.</source>
        <translation>캔버스에 숫자를 그리세요: 그 코드가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <source>Left: the digit as the models see it (784 pixels); then its code in {models}.</source>
        <translation>왼쪽: 모델이 보는 그대로의 숫자(784개 픽셀). 이어서 {models}에서의 코드.</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>수 {n}개</translation>
    </message>
    <message>
        <source>The codes of {model} could not be computed: {message}</source>
        <translation>{model}의 코드를 계산할 수 없었습니다: {message}</translation>
    </message>
    <message>
        <source>test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>cluster {c}</source>
        <translation>군집 {c}</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Against the labels, the clusters of {model}&apos;s codes reach a purity of {purity:.3f} and an NMI of {nmi:.3f}. KMeans on the raw 784 pixels: purity {pixel_purity:.3f}, NMI {pixel_nmi:.3f}. Purity: the share of digits whose cluster&apos;s most common label is their own; NMI: how much the clusters tell about the labels (0: nothing, 1: everything).</source>
        <translation>레이블과 비교하면 {model} 코드의 군집은 순도 {purity:.3f}, NMI {nmi:.3f}에 이릅니다. 원시 784개 픽셀에 대한 KMeans: 순도 {pixel_purity:.3f}, NMI {pixel_nmi:.3f}. 순도: 자기 군집에서 가장 흔한 레이블이 자신의 레이블과 같은 숫자의 비율. NMI: 군집이 레이블에 대해 얼마나 알려 주는지(0: 전혀, 1: 전부).</translation>
    </message>
</context>
<context>
    <name>LessonGallery</name>
    <message>
        <source>The model whose reconstructions fill the lower row</source>
        <translation>아래 행에 재구성을 보여 줄 모델</translation>
    </message>
    <message>
        <source>How many test digits to show (5 to 20)</source>
        <translation>보여 줄 테스트 숫자의 개수 (5~20)</translation>
    </message>
    <message>
        <source>New digits</source>
        <translation>새 숫자</translation>
    </message>
    <message>
        <source>Pick other test digits at random</source>
        <translation>다른 테스트 숫자를 무작위로 고릅니다</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>Save both rows, with each digit&apos;s error, as a PNG image</source>
        <translation>두 행을 숫자별 오차와 함께 PNG 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>숫자 개수</translation>
    </message>
    <message>
        <source>Top: the test digits as the model receives them. Below each: what the model gives back.</source>
        <translation>위: 모델이 받는 그대로의 테스트 숫자. 각각의 아래: 모델이 돌려준 결과.</translation>
    </message>
    <message>
        <source>test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>No model is loaded yet: the gallery fills in as soon as the models are.</source>
        <translation>아직 불러온 모델이 없습니다: 모델을 불러오는 대로 갤러리가 채워집니다.</translation>
    </message>
    <message>
        <source>label {label}</source>
        <translation>레이블 {label}</translation>
    </message>
    <message>
        <source>output
mse {mse:.4f}</source>
        <translation>출력
mse {mse:.4f}</translation>
    </message>
    <message>
        <source>{model}: MNIST test digits (top) and their reconstructions (below); mean mse {mse:.4f}</source>
        <translation>{model}: MNIST 테스트 숫자(위)와 그 재구성(아래), 평균 mse {mse:.4f}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>labels {labels}; </source>
        <translation>레이블 {labels}; </translation>
    </message>
    <message>
        <source>{n} test digits ({labels}indices {indices}). Mean squared error of {model}: {mse:.4f} (worst digit {worst:.4f}).</source>
        <translation>테스트 숫자 {n}개({labels}인덱스 {indices}). {model}의 평균 제곱 오차: {mse:.4f} (가장 나쁜 숫자 {worst:.4f}).</translation>
    </message>
    <message>
        <source>The reconstructions could not be computed: {message}</source>
        <translation>재구성을 계산할 수 없었습니다: {message}</translation>
    </message>
    <message>
        <source>Export the gallery as PNG</source>
        <translation>갤러리를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>LessonLatent2D</name>
    <message>
        <source>Autoencoder (conv_2d)</source>
        <translation>오토인코더 (conv_2d)</translation>
    </message>
    <message>
        <source>Variational autoencoder (vae_2d)</source>
        <translation>변분 오토인코더 (vae_2d)</translation>
    </message>
    <message>
        <source>1. Where to pick a point?</source>
        <translation>1. 어디서 점을 고를까?</translation>
    </message>
    <message>
        <source>2. Little variety</source>
        <translation>2. 다양성 부족</translation>
    </message>
    <message>
        <source>3. Gaps: not continuous</source>
        <translation>3. 빈틈: 연속적이지 않음</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>샘플링</translation>
    </message>
    <message>
        <source>The autoencoder&apos;s codes are not spread around the origin: where would a random point come from?</source>
        <translation>오토인코더의 코드는 원점 주위에 퍼져 있지 않습니다: 무작위 점은 어디에서 뽑아야 할까요?</translation>
    </message>
    <message>
        <source>Decode 1,000 uniform random points of the autoencoder&apos;s plane and count the digits</source>
        <translation>오토인코더 평면에서 균등하게 뽑은 무작위 점 1,000개를 디코딩하고 숫자별로 셉니다</translation>
    </message>
    <message>
        <source>Two nearby points of the autoencoder&apos;s plane that decode to very different pictures</source>
        <translation>서로 가깝지만 아주 다른 그림으로 디코딩되는 오토인코더 평면의 두 점</translation>
    </message>
    <message>
        <source>Random points from the VAE&apos;s prior N(0, I) and uniform random points of the autoencoder&apos;s plane, decoded</source>
        <translation>VAE의 사전 분포 N(0, I)에서 뽑은 무작위 점과 오토인코더 평면에서 균등하게 뽑은 무작위 점을 디코딩합니다</translation>
    </message>
    <message>
        <source>This lesson needs the shipped models conv_2d and vae_2d; not loaded: {names}. Reload the models (Models → Reload models).</source>
        <translation>이 레슨에는 앱에 포함된 conv_2d와 vae_2d 모델이 필요합니다. 불러오지 않은 모델: {names}. 모델을 다시 불러오세요(모델 → 모델 다시 불러오기).</translation>
    </message>
    <message>
        <source>The planes are still being computed; try again in a moment.</source>
        <translation>평면을 아직 계산하는 중입니다. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>digit (label of the nearest test code)</source>
        <translation>숫자 (가장 가까운 테스트 코드의 레이블)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Limit 1, no clear way to pick a random point: the autoencoder was never asked to place its codes anywhere in particular. Their mean is ({mx:.2f}, {my:.2f}), not the origin (+); the spread (standard deviation, yellow box) is {sx:.2f} across and {sy:.2f} up, and the codes reach from {x0:.1f} to {x1:.1f} and from {y0:.1f} to {y1:.1f}. Cut the plane&apos;s box into {bins} x {bins} cells: {empty:.0%} of them hold no test code. So which distribution should a random point come from?</source>
        <translation>한계 1, 무작위 점을 고를 분명한 방법이 없음: 오토인코더는 코드를 특정한 곳에 두라는 요구를 받은 적이 없습니다. 코드의 평균은 원점(+)이 아니라 ({mx:.2f}, {my:.2f})이고, 퍼짐(표준편차, 노란 상자)은 가로 {sx:.2f}, 세로 {sy:.2f}이며, 코드는 가로 {x0:.1f}~{x1:.1f}, 세로 {y0:.1f}~{y1:.1f}에 걸쳐 있습니다. 평면의 상자를 {bins} x {bins}칸으로 나누면 {empty:.0%}의 칸에는 테스트 코드가 하나도 없습니다. 그렇다면 무작위 점은 어떤 분포에서 뽑아야 할까요?</translation>
    </message>
    <message>
        <source>Limit 2, little variety: {n} points drawn uniformly over the plane&apos;s box (white dots), each labelled with the digit of the nearest test code on the plane (a 1-nearest-neighbour labelling, no classifier). Digit {top} comes out {ctop} times, digit {low} only {clow}: a digit whose cloud covers more of the plane is drawn more often. The first {k} decoded points are below.</source>
        <translation>한계 2, 다양성 부족: 평면의 상자 전체에서 균등하게 뽑은 점 {n}개(흰 점)에, 평면에서 가장 가까운 테스트 코드의 숫자를 레이블로 붙였습니다(분류기 없이 1-최근접 이웃으로 레이블링). 숫자 {top}은(는) {ctop}번 나오지만 숫자 {low}은(는) {clow}번뿐입니다: 구름이 평면을 더 많이 덮는 숫자가 더 자주 뽑힙니다. 디코딩한 처음 {k}개 점이 아래에 있습니다.</translation>
    </message>
    <message>
        <source>A (green), B (red)</source>
        <translation>A (초록), B (빨강)</translation>
    </message>
    <message>
        <source>Limit 3, the space is not continuous: points A and B are only {d:.2f} apart ({pct:.0%} of the plane&apos;s width), yet their decoded pictures differ by {diff:.0%} of their ink. A lies {ga:.2f} from the nearest test code, among digits the decoder was trained on; B lies {gb:.2f} away, in a gap, where the decoder never had to draw anything sensible.</source>
        <translation>한계 3, 공간이 연속적이지 않음: 점 A와 B는 {d:.2f}(평면 너비의 {pct:.0%})밖에 떨어져 있지 않은데도, 디코딩한 그림은 잉크의 {diff:.0%}만큼 다릅니다. A는 가장 가까운 테스트 코드에서 {ga:.2f} 떨어진, 디코더가 훈련받은 숫자들 사이에 있고, B는 {gb:.2f} 떨어진 빈틈에 있어 디코더가 그럴듯한 것을 그려야 했던 적이 없는 곳입니다.</translation>
    </message>
    <message>
        <source>Sample: {n} points drawn from the VAE&apos;s prior N(0, I) (top row) and {n} points drawn uniformly over the autoencoder&apos;s box (bottom row), decoded (x on the planes). The VAE was trained to keep its codes close to N(0, I), so its random points land among digits; the autoencoder&apos;s often land in gaps.</source>
        <translation>샘플링: VAE의 사전 분포 N(0, I)에서 뽑은 점 {n}개(위 행)와 오토인코더의 상자에서 균등하게 뽑은 점 {n}개(아래 행)를 디코딩했습니다(평면의 x 표시). VAE는 코드를 N(0, I) 가까이에 두도록 훈련되었으므로 무작위 점이 숫자들 사이에 떨어지지만, 오토인코더의 무작위 점은 빈틈에 떨어지는 일이 많습니다.</translation>
    </message>
    <message>
        <source>nearest: {labels}</source>
        <translation>최근접: {labels}</translation>
    </message>
    <message>
        <source>VAE, z ~ N(0, I)</source>
        <translation>VAE, z ~ N(0, I)</translation>
    </message>
    <message>
        <source>AE, uniform in its box</source>
        <translation>AE, 상자 안에서 균등 분포</translation>
    </message>
    <message>
        <source>Could not compute ({what}): {message}</source>
        <translation>계산할 수 없었습니다({what}): {message}</translation>
    </message>
</context>
<context>
    <name>LessonSelu</name>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 형태</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Rounded accuracy on test digits after each epoch</source>
        <translation>에포크마다 테스트 숫자에서 잰 반올림 정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>rounded accuracy</source>
        <translation>반올림 정확도</translation>
    </message>
    <message>
        <source>Train your own…</source>
        <translation>직접 훈련하기…</translation>
    </message>
    <message>
        <source>Open the training dialog set to this architecture; when your model is saved, its curve appears here</source>
        <translation>이 아키텍처로 맞춘 훈련 대화 상자를 엽니다. 모델이 저장되면 그 곡선이 여기에 나타납니다</translation>
    </message>
    <message>
        <source>The shipped model {name} is not loaded, so its layers and its curve cannot be shown. It ships with AE Desktop; reload the models (Models → Reload models) or train one with the button below.</source>
        <translation>앱에 포함된 {name} 모델을 불러오지 않아 층 구성과 곡선을 보여 줄 수 없습니다. 이 모델은 AE Desktop에 포함되어 있습니다. 모델을 다시 불러오거나(모델 → 모델 다시 불러오기) 아래 버튼으로 하나 훈련하세요.</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>디코더</translation>
    </message>
    <message>
        <source>Parameters: {encoder} in the encoder + {decoder} in the decoder = {total} in all. The convolutions hold them all: SELU and max-pooling learn nothing.</source>
        <translation>파라미터: 인코더 {encoder}개 + 디코더 {decoder}개 = 전체 {total}개. 모두 합성곱에 있습니다: SELU와 최대 풀링은 아무것도 학습하지 않습니다.</translation>
    </message>
    <message>
        <source>The summary of {name} has no layer table; it reads:
{summary}</source>
        <translation>{name}의 요약에는 층 표가 없습니다. 요약 내용:
{summary}</translation>
    </message>
    <message>
        <source>The summary of {name} gives no parameter totals; it has {params:,} parameters in all.</source>
        <translation>{name}의 요약에는 파라미터 합계가 없습니다. 전체 파라미터는 {params:,}개입니다.</translation>
    </message>
    <message>
        <source>The shipped model {name} has no rounded accuracy per epoch in its training history, so it has no curve here.</source>
        <translation>앱에 포함된 {name} 모델의 훈련 기록에는 에포크별 반올림 정확도가 없어서 여기에는 곡선이 없습니다.</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (앱에 포함)</translation>
    </message>
    <message>
        <source>Train your own conv_selu model with the button below: each one you save gets its own curve here.</source>
        <translation>아래 버튼으로 직접 conv_selu 모델을 훈련해 보세요: 저장하는 모델마다 여기에 곡선이 하나씩 생깁니다.</translation>
    </message>
    <message>
        <source>Rounded accuracy: round every output pixel to black or white and count how many match the digit&apos;s pixels rounded the same way (the metric Géron prints while training).</source>
        <translation>반올림 정확도: 출력 픽셀을 모두 검은색이나 흰색으로 반올림하고, 같은 방식으로 반올림한 숫자의 픽셀과 몇 개가 일치하는지 셉니다(Géron이 훈련 중에 출력하는 지표).</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;All lessons…</source>
        <translation>모든 레슨(&amp;A)…</translation>
    </message>
    <message>
        <source>The list of lessons, each with a one-line description</source>
        <translation>레슨 목록과 각 레슨의 한 줄 설명</translation>
    </message>
    <message>
        <source>&amp;{n}. {title}</source>
        <translation>&amp;{n}. {title}</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>레슨: {title}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>The model {name} is not loaded.</source>
        <translation>{name} 모델을 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>Random test digit on the canvas</source>
        <translation>캔버스에 무작위 테스트 숫자</translation>
    </message>
    <message>
        <source>Put a random MNIST test digit on the canvas (Ctrl+R)</source>
        <translation>무작위 MNIST 테스트 숫자를 캔버스에 놓습니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Open the latent space explorer</source>
        <translation>잠재 공간 탐색기 열기</translation>
    </message>
    <message>
        <source>Each model&apos;s codes of the test digits on a plane, and the digits decoded from a grid over it (Ctrl+T)</source>
        <translation>각 모델이 만든 테스트 숫자의 코드를 평면에 놓고, 그 위의 그리드에서 디코딩한 숫자를 보여 줍니다 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Convolutional autoencoder</source>
        <translation>합성곱 오토인코더</translation>
    </message>
    <message>
        <source>Keras blog, &apos;Building Autoencoders in Keras&apos;: the convolutional autoencoder (Conv 16-8-8 with upsampling)</source>
        <translation>Keras 블로그, &apos;Building Autoencoders in Keras&apos;: 합성곱 오토인코더 (업샘플링을 쓰는 Conv 16-8-8)</translation>
    </message>
    <message>
        <source>Small filters and upsampling squeeze a digit into 128 numbers and draw it again.</source>
        <translation>작은 필터와 업샘플링으로 숫자를 128개의 수로 압축했다가 다시 그립니다.</translation>
    </message>
    <message>
        <source>A convolutional autoencoder reads the digit through small 3x3 filters, so it knows which pixels are neighbours. The Keras blog&apos;s encoder has three convolutions with 16, 8 and 8 filters, and after each one the picture is halved (max-pooling; here the last halving is a convolution with a stride of 2). What is left is 8 maps of 4x4: 128 numbers instead of 784. The decoder goes the other way: it enlarges the maps by repeating each value 2x2 (upsampling), and a convolution after each step learns to smooth the blocky result. The gallery sends real test digits through the model: what goes in is on top, what comes out below.</source>
        <translation>합성곱 오토인코더는 작은 3x3 필터로 숫자를 읽기 때문에 어느 픽셀이 이웃인지 압니다. Keras 블로그의 인코더에는 필터가 16, 8, 8개인 합성곱이 세 개 있고, 각 합성곱 뒤에서 그림이 절반으로 줄어듭니다(최대 풀링, 여기서는 마지막 절반 줄이기를 스트라이드 2의 합성곱으로 합니다). 남는 것은 4x4 맵 8개, 즉 784개 대신 128개의 수입니다. 디코더는 반대로 갑니다: 각 값을 2x2로 반복해 맵을 키우고(업샘플링), 단계마다 뒤따르는 합성곱이 각진 결과를 매끄럽게 다듬는 법을 배웁니다. 갤러리는 실제 테스트 숫자를 모델에 통과시킵니다: 들어가는 것이 위에, 나오는 것이 아래에 있습니다.</translation>
    </message>
    <message>
        <source>Look at the gallery: which strokes come back blurred, which sharp? Thin strokes, small loops and unusual styles are the first to suffer.</source>
        <translation>갤러리를 보세요: 어떤 획이 흐릿하게, 어떤 획이 선명하게 돌아오나요? 가는 획, 작은 고리, 특이한 필체가 가장 먼저 손상됩니다.</translation>
    </message>
    <message>
        <source>Click New digits a few times, and set Digits to 20 to see many at once. The error under the rows is the mean squared difference per pixel.</source>
        <translation>새 숫자를 몇 번 누르고, 숫자 개수를 20으로 해서 한꺼번에 많이 보세요. 행 아래의 오차는 픽셀당 평균 제곱 차이입니다.</translation>
    </message>
    <message>
        <source>Choose dense_100 in the gallery: its code is about as long (100 numbers) but it knows nothing about neighbouring pixels. Compare the rows and the errors.</source>
        <translation>갤러리에서 dense_100을 고르세요: 코드 길이는 비슷하지만(100개의 수) 이웃 픽셀에 대해서는 아무것도 모릅니다. 행과 오차를 비교해 보세요.</translation>
    </message>
    <message>
        <source>Click &apos;Focus the Keras conv AE&apos; and draw on the canvas: the latent code panel shows its 8 maps of 4x4 changing as you draw.</source>
        <translation>&apos;Keras 합성곱 AE에 초점&apos;을 누르고 캔버스에 그려 보세요: 잠재 코드 패널에서 4x4 맵 8개가 그리는 대로 바뀌는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Export PNG… saves both rows with each digit&apos;s error.</source>
        <translation>PNG 내보내기…는 두 행을 숫자별 오차와 함께 저장합니다.</translation>
    </message>
    <message>
        <source>Focus the Keras conv AE</source>
        <translation>Keras 합성곱 AE에 초점</translation>
    </message>
    <message>
        <source>Show conv_upsampling&apos;s pane and its code in the latent code panel</source>
        <translation>conv_upsampling의 창과 그 코드를 잠재 코드 패널에 보여 줍니다</translation>
    </message>
    <message>
        <source>Test digits and their reconstructions</source>
        <translation>테스트 숫자와 그 재구성</translation>
    </message>
    <message>
        <source>Dimension reduction</source>
        <translation>차원 축소</translation>
    </message>
    <message>
        <source>The dense autoencoder tutorial (784 pixels through 256 units to a 100-number code), compared with PCA</source>
        <translation>밀집 오토인코더 튜토리얼(784개 픽셀을 256개 유닛을 거쳐 100개의 수로 된 코드로), PCA와 비교</translation>
    </message>
    <message>
        <source>An autoencoder as compression: 784 pixels down to a short code, and PCA for comparison.</source>
        <translation>압축으로서의 오토인코더: 784개 픽셀을 짧은 코드로 줄이고, 비교를 위해 PCA도 함께 봅니다.</translation>
    </message>
    <message>
        <source>A 28x28 digit is 784 numbers, but handwritten digits fill only a tiny corner of that space: almost every array of 784 pixel values looks like nothing at all. An autoencoder with a narrow middle layer must find a shorter description from which its decoder can draw the digit again. The dense autoencoder here squeezes the 784 pixels through 256 units into 100 numbers. PCA, the classic linear method, does the same job with flat projections only; the autoencoder&apos;s layers can bend, so a code of the same length can keep more.</source>
        <translation>28x28 숫자는 784개의 수이지만, 손글씨 숫자는 그 공간의 아주 작은 구석만 차지합니다: 784개 픽셀 값으로 된 배열은 거의 전부 아무것도 아닌 모습입니다. 가운데 층이 좁은 오토인코더는 디코더가 숫자를 다시 그릴 수 있는 더 짧은 설명을 찾아야 합니다. 여기 있는 밀집 오토인코더는 784개 픽셀을 256개 유닛을 거쳐 100개의 수로 압축합니다. 고전적인 선형 방법인 PCA는 같은 일을 평평한 투영만으로 합니다. 오토인코더의 층은 휘어질 수 있으므로, 같은 길이의 코드로 더 많은 것을 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>Click &apos;Focus the dense AE&apos; and draw a digit: the latent code panel shows its 100 numbers as a 10x10 picture (the square layout is only a way of showing them).</source>
        <translation>&apos;밀집 AE에 초점&apos;을 누르고 숫자를 그려 보세요: 잠재 코드 패널이 100개의 수를 10x10 그림으로 보여 줍니다(정사각형 배치는 보여 주는 방법일 뿐입니다).</translation>
    </message>
    <message>
        <source>Draw the same digit in two styles and watch which numbers of the code change.</source>
        <translation>같은 숫자를 두 가지 필체로 그리고 코드의 어떤 수가 바뀌는지 보세요.</translation>
    </message>
    <message>
        <source>Open the latent space explorer: it projects the codes of the 10,000 test digits onto a plane. Do the digits of one class land together?</source>
        <translation>잠재 공간 탐색기를 여세요: 테스트 숫자 10,000개의 코드를 평면에 투영합니다. 한 클래스의 숫자들이 한데 모이나요?</translation>
    </message>
    <message>
        <source>Compare with the conv AE with a 14x14 latent map, whose 196 numbers keep the digit&apos;s layout.</source>
        <translation>196개의 수가 숫자의 배치를 유지하는 &apos;14x14 잠재 맵의 합성곱 AE&apos;와 비교해 보세요.</translation>
    </message>
    <message>
        <source>Focus the dense AE</source>
        <translation>밀집 AE에 초점</translation>
    </message>
    <message>
        <source>Show dense_100&apos;s pane and its code in the latent code panel</source>
        <translation>dense_100의 창과 그 코드를 잠재 코드 패널에 보여 줍니다</translation>
    </message>
    <message>
        <source>Digits, their codes, and clusters of the codes</source>
        <translation>숫자, 그 코드, 그리고 코드의 군집</translation>
    </message>
    <message>
        <source>Two 2-D latent planes and the autoencoder&apos;s three limits</source>
        <translation>두 개의 2차원 잠재 평면과 오토인코더의 세 가지 한계</translation>
    </message>
    <message>
        <source>conv_selu&apos;s layers and its accuracy per epoch</source>
        <translation>conv_selu의 층 구성과 에포크별 정확도</translation>
    </message>
    <message>
        <source>Denoising autoencoder</source>
        <translation>잡음 제거 오토인코더</translation>
    </message>
    <message>
        <source>Keras blog, &apos;Building Autoencoders in Keras&apos;: application to image denoising (noise factor 0.5)</source>
        <translation>Keras 블로그, &apos;Building Autoencoders in Keras&apos;: 이미지 잡음 제거에 응용 (노이즈 계수 0.5)</translation>
    </message>
    <message>
        <source>Shown noisy digits and asked for clean ones, a model learns to remove the noise.</source>
        <translation>노이즈 섞인 숫자를 보여 주고 깨끗한 숫자를 요구하면, 모델은 노이즈를 제거하는 법을 배웁니다.</translation>
    </message>
    <message>
        <source>A denoising autoencoder is trained on noisy digits and asked to give back the clean ones. It cannot simply copy its input, so it has to learn what digits look like and drop everything else. The Keras blog adds Gaussian noise with a factor of 0.5: each pixel gets 0.5 × N(0, 1) added and is clipped to the range 0 to 1. The figure does the same to real test digits and gives them to the denoising model and to a model trained on clean digits only; both errors are measured against the clean digits. The denoising model shipped with AE Desktop is a dense network trained with noise of 0.25 on this scale (the factor 0.5 of its PyTorch recipe, which works on pixels from -1 to 1), so the blog&apos;s 0.5 is harder than anything it saw in training.</source>
        <translation>잡음 제거 오토인코더는 노이즈 섞인 숫자로 훈련하며 깨끗한 숫자를 돌려주도록 요구받습니다. 입력을 그냥 복사할 수 없으므로, 숫자가 어떻게 생겼는지 배우고 나머지는 모두 버려야 합니다. Keras 블로그는 계수 0.5의 가우스 노이즈를 더합니다: 각 픽셀에 0.5 × N(0, 1)을 더하고 0~1 범위로 자릅니다. 그림은 실제 테스트 숫자에 똑같이 한 다음, 잡음 제거 모델과 깨끗한 숫자로만 훈련한 모델에 줍니다. 두 오차 모두 깨끗한 숫자를 기준으로 잽니다. AE Desktop에 포함된 잡음 제거 모델은 이 척도에서 0.25의 노이즈로 훈련한 밀집 신경망이므로(-1~1 픽셀에서 동작하는 PyTorch 방법의 계수 0.5), 블로그의 0.5는 훈련 중에 본 어떤 것보다도 어렵습니다.</translation>
    </message>
    <message>
        <source>Read each model&apos;s three rows: the clean digits, the noised digits (what the model sees) and the model&apos;s output.</source>
        <translation>각 모델의 세 행을 읽어 보세요: 깨끗한 숫자, 노이즈를 더한 숫자(모델이 보는 것), 모델의 출력.</translation>
    </message>
    <message>
        <source>Compare the two errors: both are measured against the clean digits, which neither model was shown.</source>
        <translation>두 오차를 비교하세요: 둘 다 어느 모델도 보지 못한 깨끗한 숫자를 기준으로 잽니다.</translation>
    </message>
    <message>
        <source>Move the noise factor from 0 to 1. How fast does each error grow? Near 0 the plain model may do as well as the denoiser.</source>
        <translation>노이즈 계수를 0에서 1로 옮겨 보세요. 각 오차는 얼마나 빨리 커지나요? 0 근처에서는 일반 모델이 잡음 제거 모델만큼 잘할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Click New noise: the denoiser&apos;s output hardly depends on which noise was drawn. Choose another model to compare with.</source>
        <translation>새 노이즈를 누르세요: 잡음 제거 모델의 출력은 어떤 노이즈가 뽑혔는지에 거의 영향을 받지 않습니다. 비교할 다른 모델을 골라 보세요.</translation>
    </message>
    <message>
        <source>Click &apos;Noise 0.5 on the canvas&apos; and draw a digit: the denoising model cleans your digit too. The robustness curve plots every model&apos;s error against the amount of noise.</source>
        <translation>&apos;캔버스에 노이즈 0.5&apos;를 누르고 숫자를 그려 보세요: 잡음 제거 모델이 내 숫자도 깨끗하게 만듭니다. 강건성 곡선은 노이즈 양에 따른 모든 모델의 오차를 그립니다.</translation>
    </message>
    <message>
        <source>Noise 0.5 on the canvas</source>
        <translation>캔버스에 노이즈 0.5</translation>
    </message>
    <message>
        <source>Gaussian noise of 0.5 in the noise panel, as in the tutorial</source>
        <translation>튜토리얼처럼 노이즈 패널에 가우스 노이즈 0.5를 설정합니다</translation>
    </message>
    <message>
        <source>No noise on the canvas</source>
        <translation>캔버스에 노이즈 없음</translation>
    </message>
    <message>
        <source>Turn the noise panel&apos;s noise off</source>
        <translation>노이즈 패널의 노이즈를 끕니다</translation>
    </message>
    <message>
        <source>Focus the denoising AE</source>
        <translation>잡음 제거 AE에 초점</translation>
    </message>
    <message>
        <source>Show denoising_dense&apos;s pane and its code in the latent code panel</source>
        <translation>denoising_dense의 창과 그 코드를 잠재 코드 패널에 보여 줍니다</translation>
    </message>
    <message>
        <source>Robustness curve</source>
        <translation>강건성 곡선</translation>
    </message>
    <message>
        <source>Every shown model&apos;s error against the amount of noise (Ctrl+K)</source>
        <translation>표시된 모든 모델의 노이즈 양에 따른 오차 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Clean, noised and denoised test digits</source>
        <translation>깨끗한 숫자, 노이즈를 더한 숫자, 노이즈를 제거한 테스트 숫자</translation>
    </message>
    <message>
        <source>A 2-D latent space and its limits</source>
        <translation>2차원 잠재 공간과 그 한계</translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, chapter 3: the autoencoder and the variational autoencoder with a 2-D latent space</source>
        <translation>Foster, 《Generative Deep Learning》 3장: 2차원 잠재 공간을 가진 오토인코더와 변분 오토인코더</translation>
    </message>
    <message>
        <source>A code of two numbers can be drawn on a plane: what that shows, and what it costs.</source>
        <translation>수 두 개로 된 코드는 평면에 그릴 수 있습니다: 그것이 보여 주는 것과 그 대가.</translation>
    </message>
    <message>
        <source>With a code of only two numbers every digit becomes a point on a plane, so the whole latent space can be seen at once. Foster uses this to show the plain autoencoder&apos;s weak spots: the clouds of the ten digits have uneven sizes and leave gaps, and points in the gaps decode to shapes that are no digit. The variational autoencoder (VAE) is trained to keep its codes close to a standard normal distribution, which fills the plane more evenly. Two numbers are few, though: both models blur digits and mix up classes that a longer code keeps apart.</source>
        <translation>코드가 수 두 개뿐이면 모든 숫자가 평면 위의 한 점이 되므로 잠재 공간 전체를 한눈에 볼 수 있습니다. Foster는 이를 이용해 일반 오토인코더의 약점을 보여 줍니다: 열 가지 숫자의 구름은 크기가 고르지 않고 빈틈을 남기며, 빈틈에 있는 점은 숫자가 아닌 모양으로 디코딩됩니다. 변분 오토인코더(VAE)는 코드를 표준 정규 분포 가까이에 두도록 훈련되므로 평면을 더 고르게 채웁니다. 하지만 수 두 개는 적습니다: 두 모델 모두 숫자를 흐리게 만들고, 더 긴 코드라면 구별했을 클래스들을 섞습니다.</translation>
    </message>
    <message>
        <source>Open the latent space explorer and choose the 2-D conv AE and the VAE: each dot is a test digit, coloured by its label.</source>
        <translation>잠재 공간 탐색기를 열고 2차원 합성곱 AE와 VAE를 고르세요: 각 점은 레이블에 따라 색을 입힌 테스트 숫자입니다.</translation>
    </message>
    <message>
        <source>Look at the decoded grid: which areas give clear digits, which give blends or blobs?</source>
        <translation>디코딩 그리드를 보세요: 어느 영역에서 분명한 숫자가, 어느 영역에서 섞인 모양이나 얼룩이 나오나요?</translation>
    </message>
    <message>
        <source>Draw a digit: it appears as a point on both planes. Which of your digits land among another class?</source>
        <translation>숫자를 그리세요: 두 평면에 점으로 나타납니다. 내가 그린 숫자 중 어떤 것이 다른 클래스 사이에 떨어지나요?</translation>
    </message>
    <message>
        <source>Compare the reconstructions of conv_2d and vae_2d with those of a model with a longer code, such as conv_selu.</source>
        <translation>conv_2d와 vae_2d의 재구성을 conv_selu처럼 코드가 더 긴 모델의 재구성과 비교해 보세요.</translation>
    </message>
    <message>
        <source>Hands-On ML conv AE with SELU</source>
        <translation>Hands-On ML의 SELU 합성곱 AE</translation>
    </message>
    <message>
        <source>Géron, Hands-On Machine Learning, chapter 17: the convolutional autoencoder</source>
        <translation>Géron, 《핸즈온 머신러닝》 17장: 합성곱 오토인코더</translation>
    </message>
    <message>
        <source>A deeper convolutional autoencoder with SELU activations and a learned upsampling.</source>
        <translation>SELU 활성화 함수와 학습되는 업샘플링을 쓰는 더 깊은 합성곱 오토인코더.</translation>
    </message>
    <message>
        <source>Géron&apos;s convolutional autoencoder doubles the number of filters at each stage (16, 32, 64) while max-pooling halves the picture, down to 64 maps of 3x3: 576 numbers, more than the Keras blog&apos;s 128. Its decoder uses transposed convolutions, which learn how to enlarge a map instead of repeating its values. The SELU activation keeps the mean and the spread of the signal steady from layer to layer, which helps such networks train well without extra normalisation layers.</source>
        <translation>Géron의 합성곱 오토인코더는 최대 풀링이 그림을 절반으로 줄이는 동안 단계마다 필터 수를 두 배로 늘려(16, 32, 64) 3x3 맵 64개, 즉 Keras 블로그의 128개보다 많은 576개의 수에 이릅니다. 디코더는 값을 반복하는 대신 맵을 키우는 방법을 배우는 전치 합성곱을 씁니다. SELU 활성화 함수는 층에서 층으로 신호의 평균과 퍼짐을 일정하게 유지해, 이런 신경망이 별도의 정규화 층 없이도 잘 훈련되도록 돕습니다.</translation>
    </message>
    <message>
        <source>Click &apos;Focus the SELU conv AE&apos; and draw a digit: the latent code panel shows its 64 maps.</source>
        <translation>&apos;SELU 합성곱 AE에 초점&apos;을 누르고 숫자를 그려 보세요: 잠재 코드 패널에 맵 64개가 나옵니다.</translation>
    </message>
    <message>
        <source>Compare its pane with the Keras blog&apos;s conv AE: a longer code usually gives sharper reconstructions.</source>
        <translation>이 모델의 창을 Keras 블로그의 합성곱 AE와 비교해 보세요: 코드가 길수록 대개 재구성이 더 선명합니다.</translation>
    </message>
    <message>
        <source>Add Gaussian noise in the noise panel: which of the two copes better, although neither was trained on noise?</source>
        <translation>노이즈 패널에서 가우스 노이즈를 더해 보세요: 둘 다 노이즈로 훈련하지 않았는데, 어느 쪽이 더 잘 견디나요?</translation>
    </message>
    <message>
        <source>Focus the SELU conv AE</source>
        <translation>SELU 합성곱 AE에 초점</translation>
    </message>
    <message>
        <source>Show conv_selu&apos;s pane and its code in the latent code panel</source>
        <translation>conv_selu의 창과 그 코드를 잠재 코드 패널에 보여 줍니다</translation>
    </message>
    <message>
        <source>This lesson&apos;s interactive figure is not built yet. What it will show: {planned} Until then, the steps and buttons below use the app&apos;s existing views.</source>
        <translation>이 레슨의 대화형 그림은 아직 만들어지지 않았습니다. 보여 줄 내용: {planned} 그때까지는 아래의 단계와 버튼이 앱에 있는 기존 화면을 사용합니다.</translation>
    </message>
    <message>
        <source>← All lessons</source>
        <translation>← 모든 레슨</translation>
    </message>
    <message>
        <source>Lesson {n}: {title}</source>
        <translation>레슨 {n}: {title}</translation>
    </message>
    <message>
        <source>&lt;i&gt;From: {source}&lt;/i&gt;</source>
        <translation>&lt;i&gt;출처: {source}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>해 보기</translation>
    </message>
    <message>
        <source>Welcome to the lessons</source>
        <translation>레슨에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>The models in this app come from classic autoencoder tutorials. Each lesson follows one of them: a short explanation, a few things to try, and a figure computed from real MNIST test digits. This page opens by itself only on the first start; close it when you like. The Lessons menu has it and every lesson at any time.</source>
        <translation>이 앱의 모델들은 고전적인 오토인코더 튜토리얼에서 왔습니다. 각 레슨은 그중 하나를 따라갑니다: 짧은 설명, 해 볼 몇 가지, 그리고 실제 MNIST 테스트 숫자로 계산한 그림. 이 페이지는 처음 실행할 때만 저절로 열립니다. 원할 때 닫으세요. 레슨 메뉴에서 이 페이지와 모든 레슨을 언제든 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open the lesson “{title}”</source>
        <translation>“{title}” 레슨 열기</translation>
    </message>
    <message>
        <source>{title}: {description}</source>
        <translation>{title}: {description}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Help</source>
        <translation>도움말(H)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AE Desktop {version}&lt;/h3&gt;
&lt;p&gt;Draw a digit and watch autoencoders trained on MNIST reconstruct it.&lt;/p&gt;
&lt;p&gt;Models: ports of the classic autoencoder tutorials (Keras blog, Géron&apos;s
&lt;i&gt;Hands-On Machine Learning&lt;/i&gt;, Foster&apos;s &lt;i&gt;Generative Deep Learning&lt;/i&gt;).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; the MNIST database of handwritten digits, by Yann LeCun,
Corinna Cortes and Christopher J.C. Burges, used under
&lt;a href=&quot;https://creativecommons.org/licenses/by-sa/3.0/&quot;&gt;CC BY-SA 3.0&lt;/a&gt;.
The 10,000-digit test set ships with the app.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AE Desktop {version}&lt;/h3&gt;
&lt;p&gt;숫자를 그리고, MNIST로 훈련한 오토인코더들이 그 숫자를 재구성하는 모습을 지켜보세요.&lt;/p&gt;
&lt;p&gt;모델: 고전적인 오토인코더 튜토리얼(Keras 블로그, Géron의
&lt;i&gt;Hands-On Machine Learning&lt;/i&gt;, Foster의 &lt;i&gt;Generative Deep Learning&lt;/i&gt;)을 옮긴 것입니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;데이터:&lt;/b&gt; Yann LeCun, Corinna Cortes, Christopher J.C. Burges가 만든
손글씨 숫자 데이터베이스 MNIST를
&lt;a href=&quot;https://creativecommons.org/licenses/by-sa/3.0/&quot;&gt;CC BY-SA 3.0&lt;/a&gt; 라이선스에 따라 사용합니다.
숫자 10,000개로 된 테스트 세트가 앱에 포함되어 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}: the image has no visible ink; the canvas was left unchanged</source>
        <translation>{source}: 이미지에 보이는 잉크가 없어 캔버스를 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: cannot open the image ({reason})</source>
        <translation>{path}: 이미지를 열 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>The clipboard image cannot be used ({reason})</source>
        <translation>클립보드 이미지를 사용할 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>The clipboard image</source>
        <translation>클립보드 이미지</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Brush size ([ and ] change it)</source>
        <translation>브러시 크기 ([와 ]로 조절)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <source>Erase with the left button too (E); the right button always erases</source>
        <translation>왼쪽 버튼으로도 지웁니다 (E). 오른쪽 버튼은 항상 지웁니다</translation>
    </message>
    <message>
        <source>Random test digit</source>
        <translation>무작위 테스트 숫자</translation>
    </message>
    <message>
        <source>Put a random MNIST test digit on the canvas (Ctrl+R)</source>
        <translation>무작위 MNIST 테스트 숫자를 캔버스에 놓습니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source>Show raw downscale</source>
        <translation>단순 축소 이미지 보기</translation>
    </message>
    <message>
        <source>Show the canvas squashed to 28x28 without MNIST&apos;s preprocessing, to see why the recipe matters</source>
        <translation>MNIST 전처리 없이 28x28로 줄인 캔버스를 보여 주어, 전처리가 왜 중요한지 확인할 수 있습니다</translation>
    </message>
    <message>
        <source>Show errors as heat maps</source>
        <translation>오차를 히트맵으로 보기</translation>
    </message>
    <message>
        <source>Each model pane shows |reconstruction − original| per pixel: black where the model got the pixel right, bright where it failed (H)</source>
        <translation>각 모델 창에 픽셀별 |재구성 − 원본|을 표시합니다: 모델이 맞힌 픽셀은 검은색, 틀린 픽셀은 밝게 보입니다 (H)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a pane to see its latent code</source>
        <translation>&lt;b&gt;재구성&lt;/b&gt; — 창을 클릭하면 잠재 코드를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Model info…</source>
        <translation>모델 정보…</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Latent code</source>
        <translation>잠재 코드</translation>
    </message>
    <message>
        <source>Some model files could not be loaded: click to see which and why</source>
        <translation>일부 모델 파일을 불러오지 못했습니다: 클릭하면 어떤 파일이 왜 그런지 볼 수 있습니다</translation>
    </message>
    <message>
        <source>{kind} {amount}, seed {seed}</source>
        <translation>{kind} {amount}, 시드 {seed}</translation>
    </message>
    <message>
        <source>no noise</source>
        <translation>노이즈 없음</translation>
    </message>
    <message>
        <source>{n} models · {ms} ms · {device}</source>
        <translation>모델 {n}개 · {ms} ms · {device}</translation>
    </message>
    <message>
        <source>the compute engine stopped</source>
        <translation>계산 엔진이 멈췄습니다</translation>
    </message>
    <message>
        <source>The compute engine stopped: {why}</source>
        <translation>계산 엔진이 멈췄습니다: {why}</translation>
    </message>
    <message>
        <source>Compute engine stopped</source>
        <translation>계산 엔진 중지</translation>
    </message>
    <message>
        <source>The compute engine stopped and could not be restarted.

{why}

Your drawing is kept; save it with File → Export before restarting AE Desktop.</source>
        <translation>계산 엔진이 멈췄고 다시 시작할 수 없었습니다.

{why}

그린 숫자는 남아 있습니다. AE Desktop을 다시 시작하기 전에 파일 → 내보내기로 저장하세요.</translation>
    </message>
    <message>
        <source>waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <source>The compute engine stopped ({why}); restarting it…</source>
        <translation>계산 엔진이 멈췄습니다({why}). 다시 시작하는 중…</translation>
    </message>
    <message>
        <source>The compute engine was restarted; reloading the models…</source>
        <translation>계산 엔진을 다시 시작했습니다. 모델을 다시 불러오는 중…</translation>
    </message>
    <message>
        <source>No models loaded</source>
        <translation>불러온 모델이 없습니다</translation>
    </message>
    <message>
        <source>1 model loaded</source>
        <translation>모델 1개를 불러왔습니다</translation>
    </message>
    <message>
        <source>{n} models loaded</source>
        <translation>모델 {n}개를 불러왔습니다</translation>
    </message>
    <message>
        <source>{loaded}; 1 model file skipped: Models → Show problems… says why.</source>
        <translation>{loaded}. 모델 파일 1개는 건너뛰었습니다: 이유는 모델 → 문제 보기…에서 확인하세요.</translation>
    </message>
    <message>
        <source>{loaded}; {n} model files skipped: Models → Show problems… says why.</source>
        <translation>{loaded}. 모델 파일 {n}개는 건너뛰었습니다: 이유는 모델 → 문제 보기…에서 확인하세요.</translation>
    </message>
    <message>
        <source>No models found. Train one (ae-desktop train ARCH) or put checkpoints in the models folder.</source>
        <translation>모델을 찾지 못했습니다. 모델을 훈련하거나(ae-desktop train ARCH) 체크포인트를 모델 폴더에 넣으세요.</translation>
    </message>
    <message>
        <source>{n} models loaded on the {device}: {note}.</source>
        <translation>모델 {n}개를 {device}에 불러왔습니다: {note}.</translation>
    </message>
    <message>
        <source>{n} models loaded on the {device}. Draw a digit!</source>
        <translation>모델 {n}개를 {device}에 불러왔습니다. 숫자를 그려 보세요!</translation>
    </message>
    <message>
        <source>Computed on the {device}; Models → Compute device changes it</source>
        <translation>{device}에서 계산합니다. 모델 → 계산 장치에서 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Choose a model first (click its pane).</source>
        <translation>먼저 모델을 선택하세요(모델 창을 클릭).</translation>
    </message>
    <message>
        <source>⚠ 1 model problem</source>
        <translation>⚠ 모델 문제 1건</translation>
    </message>
    <message>
        <source>⚠ {n} model problems</source>
        <translation>⚠ 모델 문제 {n}건</translation>
    </message>
    <message>
        <source>Reloading models…</source>
        <translation>모델을 다시 불러오는 중…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart AE Desktop now? Your drawing is not kept.</source>
        <translation>새 언어는 다음 실행부터 적용됩니다. 지금 AE Desktop을 다시 시작할까요? 그린 숫자는 유지되지 않습니다.</translation>
    </message>
    <message>
        <source>AE Desktop could not be restarted; start it again yourself.</source>
        <translation>AE Desktop을 다시 시작하지 못했습니다. 직접 다시 실행하세요.</translation>
    </message>
    <message>
        <source>MNIST test digit #{index} (label {label})</source>
        <translation>MNIST 테스트 숫자 #{index} (레이블 {label})</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} 여는 중…</translation>
    </message>
    <message>
        <source>Open digit image</source>
        <translation>숫자 이미지 열기</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>클립보드에 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>The clipboard image is too large ({width} x {height} pixels; the limit is {limit} pixels)</source>
        <translation>클립보드 이미지가 너무 큽니다({width} x {height} 픽셀, 한도는 {limit} 픽셀)</translation>
    </message>
    <message>
        <source>Pasting the clipboard image…</source>
        <translation>클립보드 이미지를 붙여 넣는 중…</translation>
    </message>
    <message>
        <source>Pasted image from the clipboard.</source>
        <translation>클립보드의 이미지를 붙여 넣었습니다.</translation>
    </message>
    <message>
        <source>Loaded {file}</source>
        <translation>{file}을(를) 불러왔습니다</translation>
    </message>
    <message>
        <source>Cannot paste image</source>
        <translation>이미지를 붙여 넣을 수 없음</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>이미지를 열 수 없음</translation>
    </message>
    <message>
        <source>Nothing to export: draw a digit first.</source>
        <translation>내보낼 것이 없습니다: 먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>Export side-by-side PNG</source>
        <translation>나란히 비교 PNG 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>{model}
mse {mse}</source>
        <translation>{model}
mse {mse}</translation>
    </message>
    <message>
        <source>original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>model input</source>
        <translation>모델 입력</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>New model saved: {path}</source>
        <translation>새 모델을 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>About AE Desktop</source>
        <translation>AE Desktop 정보</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>훈련 진행 중</translation>
    </message>
    <message>
        <source>A model is still training. Quit anyway? The unfinished model will not be saved.</source>
        <translation>모델이 아직 훈련 중입니다. 그래도 종료할까요? 끝나지 않은 모델은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Automatic (a GPU when there is one)</source>
        <translation>자동(GPU가 있으면 GPU)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation>&amp;CPU</translation>
    </message>
    <message>
        <source>C&amp;UDA GPU</source>
        <translation>C&amp;UDA GPU</translation>
    </message>
    <message>
        <source>Apple GPU (&amp;MPS)</source>
        <translation>Apple GPU (&amp;MPS)</translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation>이미지 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a digit from an image file</source>
        <translation>이미지 파일에서 숫자를 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>이미지 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Put the clipboard&apos;s image on the canvas</source>
        <translation>클립보드의 이미지를 캔버스에 놓습니다</translation>
    </message>
    <message>
        <source>&amp;Export side-by-side PNG…</source>
        <translation>나란히 비교 PNG 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the original, input and reconstructions as PNG</source>
        <translation>원본, 입력, 재구성 이미지를 PNG로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>획 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>획 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear canvas</source>
        <translation>캔버스 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Random &amp;test digit</source>
        <translation>무작위 테스트 숫자(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>지우개(&amp;E)</translation>
    </message>
    <message>
        <source>Bigger brush</source>
        <translation>브러시 키우기</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>브러시 줄이기</translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation>새 노이즈(&amp;N)</translation>
    </message>
    <message>
        <source>Model &amp;info…</source>
        <translation>모델 정보(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reload models</source>
        <translation>모델 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Open models &amp;folder</source>
        <translation>모델 폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;problems…</source>
        <translation>문제 보기(&amp;P)…</translation>
    </message>
    <message>
        <source>Model files that could not be loaded, and why</source>
        <translation>불러오지 못한 모델 파일과 그 이유</translation>
    </message>
    <message>
        <source>&amp;Robustness curve…</source>
        <translation>강건성 곡선(&amp;R)…</translation>
    </message>
    <message>
        <source>Error against noise amount for every shown model</source>
        <translation>표시된 모든 모델의 노이즈 양에 따른 오차</translation>
    </message>
    <message>
        <source>&amp;Latent space explorer…</source>
        <translation>잠재 공간 탐색기(&amp;L)…</translation>
    </message>
    <message>
        <source>Scatter, decoded grid, interpolation and clustering of each model&apos;s latent space</source>
        <translation>각 모델 잠재 공간의 산점도, 디코딩 그리드, 보간, 군집화</translation>
    </message>
    <message>
        <source>Show &amp;raw downscale</source>
        <translation>단순 축소 이미지 보기(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;errors as heat maps</source>
        <translation>오차를 히트맵으로 보기(&amp;E)</translation>
    </message>
    <message>
        <source>Each model pane shows where its reconstruction differs from the original</source>
        <translation>각 모델 창에 재구성이 원본과 다른 곳을 표시합니다</translation>
    </message>
    <message>
        <source>&amp;About AE Desktop</source>
        <translation>AE Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Train model…</source>
        <translation>모델 훈련(&amp;T)…</translation>
    </message>
    <message>
        <source>Train an architecture on MNIST in the background</source>
        <translation>백그라운드에서 MNIST로 아키텍처를 훈련합니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Show / hide</source>
        <translation>보이기/숨기기(&amp;S)</translation>
    </message>
    <message>
        <source>Compute &amp;device</source>
        <translation>계산 장치(&amp;D)</translation>
    </message>
    <message>
        <source>Where reconstructions, the latent explorer and the robustness curve are computed (training has its own choice in its dialog). A device this computer lacks falls back to the CPU, and the status bar says so.</source>
        <translation>재구성, 잠재 공간 탐색기, 강건성 곡선을 계산할 장치입니다(훈련은 훈련 대화 상자에서 따로 고릅니다). 이 컴퓨터에 없는 장치를 고르면 CPU를 대신 사용하며, 상태 표시줄에 그 사실을 알립니다.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>훈련(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ModelInfoDialog</name>
    <message>
        <source>BCE per pixel</source>
        <translation>픽셀당 BCE</translation>
    </message>
    <message>
        <source>Rounded accuracy</source>
        <translation>반올림 정확도</translation>
    </message>
    <message>
        <source>Denoising MSE (noise 0.5)</source>
        <translation>잡음 제거 MSE (노이즈 0.5)</translation>
    </message>
    <message>
        <source>Test digits</source>
        <translation>테스트 숫자 수</translation>
    </message>
    <message>
        <source>test BCE</source>
        <translation>테스트 BCE</translation>
    </message>
    <message>
        <source>MSE per pixel</source>
        <translation>픽셀당 MSE</translation>
    </message>
    <message>
        <source>test MSE</source>
        <translation>테스트 MSE</translation>
    </message>
    <message>
        <source>−ELBO, nats per digit</source>
        <translation>−ELBO, 숫자당 nats</translation>
    </message>
    <message>
        <source>test −ELBO</source>
        <translation>테스트 −ELBO</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{what} on [{lo}, {hi}]</source>
        <translation>[{lo}, {hi}] 범위의 {what}</translation>
    </message>
    <message>
        <source>loss ({what})</source>
        <translation>손실 ({what})</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 형태</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>디코더</translation>
    </message>
    <message>
        <source>Parameters: {encoder} in the encoder, {decoder} in the decoder, {total} in all.</source>
        <translation>파라미터: 인코더 {encoder}개, 디코더 {decoder}개, 전체 {total}개.</translation>
    </message>
    <message>
        <source>The output shape is that of one digit: channels × height × width after a convolution, a number of values after a dense layer. A layer&apos;s name is the one its weights have in the source below: encoder.0 is the first entry of the encoder&apos;s nn.Sequential.</source>
        <translation>출력 형태는 숫자 하나에 대한 것입니다: 합성곱 뒤에는 채널 × 높이 × 너비, 밀집(dense) 층 뒤에는 값의 개수입니다. 층 이름은 아래 소스 코드에서 그 가중치가 가진 이름입니다: encoder.0은 인코더의 nn.Sequential에서 첫 번째 항목입니다.</translation>
    </message>
    <message>
        <source>The source code is not available: {reason}</source>
        <translation>소스 코드를 볼 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The model class as it is in this app (ae_desktop/core/models/{module}.py), then the code it uses from the other model files. The encoder and the decoder are nn.Sequential stacks of layers; Autoencoder, in base.py, gives every model its encode, decode and forward.</source>
        <translation>이 앱에 있는 그대로의 모델 클래스(ae_desktop/core/models/{module}.py)와, 이 클래스가 다른 모델 파일에서 가져다 쓰는 코드입니다. 인코더와 디코더는 층을 쌓은 nn.Sequential이며, base.py의 Autoencoder가 모든 모델에 encode(), decode(), forward() 메서드를 제공합니다.</translation>
    </message>
    <message>
        <source>Based on: {source}</source>
        <translation>출처: {source}</translation>
    </message>
    <message>
        <source>What it teaches</source>
        <translation>무엇을 배우나요</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>무엇을 살펴볼까요</translation>
    </message>
    <message>
        <source>This version of the app has no notes on the architecture {architecture}.</source>
        <translation>이 버전의 앱에는 {architecture} 아키텍처에 대한 설명이 없습니다.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층 구성</translation>
    </message>
    <message>
        <source>PyTorch source</source>
        <translation>PyTorch 소스 코드</translation>
    </message>
    <message>
        <source>Shipped with the app</source>
        <translation>앱에 포함된 모델</translation>
    </message>
    <message>
        <source>{architecture}, trained by you</source>
        <translation>{architecture}, 직접 훈련한 모델</translation>
    </message>
    <message>
        <source>{id}: {description} — {params} parameters</source>
        <translation>{id}: {description} — 파라미터 {params}개</translation>
    </message>
    <message>
        <source>Model: {title}</source>
        <translation>모델: {title}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>훈련 시간</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>train (smoothed)</source>
        <translation>훈련 (평활화)</translation>
    </message>
    <message>
        <source>{legend} (per epoch)</source>
        <translation>{legend} (에포크마다)</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>훈련 곡선</translation>
    </message>
    <message>
        <source>No training history stored in this checkpoint.</source>
        <translation>이 체크포인트에는 훈련 기록이 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>The training timeline saved with this model cannot be shown: {reason}</source>
        <translation>이 모델과 함께 저장된 훈련 타임라인을 보여 줄 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>This model was saved without a training timeline. To record one, train the architecture again from Train → Train model…: while it learns, the dialog records the losses, reconstructions of a few test digits and, for models with a 2-D code, where the test digits lie in the plane, and saves them with the model. A slider then replays the run.</source>
        <translation>이 모델은 훈련 타임라인 없이 저장되었습니다. 타임라인을 기록하려면 훈련 → 모델 훈련…에서 이 아키텍처를 다시 훈련하세요: 모델이 배우는 동안 대화 상자가 손실, 몇몇 테스트 숫자의 재구성, 그리고 2차원 코드 모델이라면 평면 위 테스트 숫자의 위치를 기록해 모델과 함께 저장합니다. 그러면 슬라이더로 훈련 과정을 다시 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>shipped with the app</source>
        <translation>앱에 포함됨</translation>
    </message>
    <message>
        <source>trained by you</source>
        <translation>직접 훈련함</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>출처: {source}</translation>
    </message>
    <message>
        <source>{params} parameters, {origin}</source>
        <translation>파라미터 {params}개, {origin}</translation>
    </message>
    <message>
        <source>Name: {name} · file: {path}</source>
        <translation>이름: {name} · 파일: {path}</translation>
    </message>
    <message>
        <source>1 model file not loaded…</source>
        <translation>불러오지 못한 모델 파일 1개…</translation>
    </message>
    <message>
        <source>{n} model files not loaded…</source>
        <translation>불러오지 못한 모델 파일 {n}개…</translation>
    </message>
    <message>
        <source>Tick the models whose reconstructions you want to see; double-click for the model&apos;s details</source>
        <translation>재구성을 보고 싶은 모델에 체크하세요. 두 번 클릭하면 모델의 자세한 정보를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Double-click to see which files and why:</source>
        <translation>두 번 클릭하면 어떤 파일이 왜 그런지 볼 수 있습니다:</translation>
    </message>
    <message>
        <source>Model files that could not be loaded</source>
        <translation>불러오지 못한 모델 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Show the folder of the selected file</source>
        <translation>선택한 파일이 있는 폴더를 엽니다</translation>
    </message>
    <message>
        <source>1 model file could not be loaded; the other models work as usual. Replace or remove this file (or train the model again), then use Models → Reload models.</source>
        <translation>모델 파일 1개를 불러오지 못했습니다. 다른 모델은 평소처럼 동작합니다. 이 파일을 바꾸거나 지운 다음(또는 모델을 다시 훈련한 다음) 모델 → 모델 다시 불러오기를 사용하세요.</translation>
    </message>
    <message>
        <source>{n} model files could not be loaded; the other models work as usual. Replace or remove these files (or train the model again), then use Models → Reload models.</source>
        <translation>모델 파일 {n}개를 불러오지 못했습니다. 다른 모델은 평소처럼 동작합니다. 이 파일들을 바꾸거나 지운 다음(또는 모델을 다시 훈련한 다음) 모델 → 모델 다시 불러오기를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Convolutional AE — Keras blog</source>
        <translation>합성곱 AE — Keras 블로그</translation>
    </message>
    <message>
        <source>Conv + max-pool encoder to an 8x4x4 code, conv + upsampling decoder</source>
        <translation>합성곱 + 최대 풀링 인코더로 8x4x4 코드, 합성곱 + 업샘플링 디코더</translation>
    </message>
    <message>
        <source>Keras blog, &apos;Building Autoencoders in Keras&apos; (convolutional AE)</source>
        <translation>Keras 블로그, &apos;Building Autoencoders in Keras&apos; (합성곱 AE)</translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel tiles the 8 feature maps, each scaled to its own range. Each map is a 4x4 grid laid over the digit, so the position of a bright square says roughly where its feature was found; watch the maps change as you draw. Compare its reconstructions with those of the Dense AE with a 10x10 code, whose code has a similar size (100 numbers) but no notion of neighbouring pixels.</source>
        <translation>재구성 이미지를 클릭하세요: 잠재 코드 패널이 특성 맵 8개를 타일로 배치하며, 각 맵은 자체 범위로 스케일링됩니다. 각 맵은 숫자 위에 겹쳐 놓은 4x4 격자이므로, 밝은 칸의 위치는 그 특성이 대략 어디에서 발견되었는지를 알려 줍니다. 그리면서 맵이 어떻게 바뀌는지 지켜보세요. 코드 크기는 비슷하지만(100개의 수) 이웃 픽셀이라는 개념이 없는 &apos;10x10 코드의 밀집 AE&apos;와 재구성을 비교해 보세요.</translation>
    </message>
    <message>
        <source>Dense AE with a 10x10 code</source>
        <translation>10x10 코드의 밀집 AE</translation>
    </message>
    <message>
        <source>Dense 784-256-100 encoder, 100-256-784 decoder (code shown as 10x10)</source>
        <translation>밀집층 784-256-100 인코더, 100-256-784 디코더 (코드는 10x10으로 표시)</translation>
    </message>
    <message>
        <source>Dense autoencoder with a 100-unit code (classic tutorial)</source>
        <translation>100개 유닛 코드의 밀집 오토인코더 (고전 튜토리얼)</translation>
    </message>
    <message>
        <source>The simplest autoencoder: fully connected layers squeeze the 784 pixels through 256 units into a code of 100 numbers, and expand them back. Every unit sees the whole image, so the network knows nothing about which pixels are neighbours and has to learn the shapes of digits from the data alone. The code comes out of a ReLU, so its numbers are never negative and often exactly zero. The output is linear and trained with the mean squared error, so it can overshoot the 0 to 1 range of the pixels (the app clips it).</source>
        <translation>가장 단순한 오토인코더입니다: 완전 연결층이 784개 픽셀을 256개 유닛을 거쳐 100개의 수로 된 코드로 압축했다가 다시 펼칩니다. 모든 유닛이 이미지 전체를 보기 때문에 네트워크는 어느 픽셀이 이웃인지 전혀 모르며, 숫자의 모양을 오로지 데이터에서 배워야 합니다. 코드는 ReLU를 거쳐 나오므로 그 수들은 절대 음수가 아니고 정확히 0인 경우도 많습니다. 출력은 선형이고 평균 제곱 오차로 훈련되므로, 픽셀의 0~1 범위를 넘어설 수 있습니다(앱이 잘라 냅니다).</translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel draws the 100 numbers as a 10x10 picture. The square layout is only a way of showing them: neighbouring squares are not related to each other or to the digit&apos;s pixels. Draw different digits and watch which squares light up and which stay dark. The latent space explorer (Ctrl+T) projects its codes onto a plane with PCA.</source>
        <translation>재구성 이미지를 클릭하세요: 잠재 코드 패널이 100개의 수를 10x10 그림으로 그립니다. 정사각형 배치는 보여 주는 방법일 뿐입니다: 이웃한 칸은 서로 관련이 없고 숫자의 픽셀과도 관련이 없습니다. 여러 숫자를 그려 보면서 어떤 칸이 밝아지고 어떤 칸이 어둡게 남는지 보세요. 잠재 공간 탐색기(Ctrl+T)는 이 모델의 코드를 PCA로 평면에 투영합니다.</translation>
    </message>
    <message>
        <source>Conv AE with a 14x14 latent map</source>
        <translation>14x14 잠재 맵의 합성곱 AE</translation>
    </message>
    <message>
        <source>Conv + max-pool + dense to a 14x14 latent map, transposed-conv decoder</source>
        <translation>합성곱 + 최대 풀링 + 밀집층으로 14x14 잠재 맵, 전치 합성곱 디코더</translation>
    </message>
    <message>
        <source>Convolutional AE with a 14x14 latent map (classic tutorial)</source>
        <translation>14x14 잠재 맵을 가진 합성곱 오토인코더 (고전 튜토리얼)</translation>
    </message>
    <message>
        <source>Convolutional layers look at small neighbourhoods of pixels, so the encoder keeps the digit&apos;s layout while max-pooling and a strided convolution shrink it to 8 feature maps of 4x4: 128 numbers instead of 784. The decoder works the other way with fixed nearest-neighbour upsampling, each step followed by a convolution that learns to clean up the enlarged picture. Each small filter is reused at every position of the image, so the whole model needs only 4,385 parameters, about a hundredth of the Dense AE&apos;s. A sigmoid output and the binary cross-entropy loss treat every pixel as the probability of ink.</source>
        <translation>합성곱층은 픽셀의 작은 이웃을 보기 때문에, 인코더는 숫자의 배치를 유지하면서 최대 풀링과 스트라이드 합성곱으로 4x4 특성 맵 8개, 즉 784개 대신 128개의 수로 줄입니다. 디코더는 반대 방향으로, 고정된 최근접 이웃 업샘플링을 하고 단계마다 확대된 그림을 다듬는 법을 배우는 합성곱을 적용합니다. 작은 필터 하나하나가 이미지의 모든 위치에서 재사용되므로 모델 전체에 필요한 파라미터는 4,385개뿐으로, 밀집 AE의 약 100분의 1입니다. 시그모이드 출력과 이진 교차 엔트로피 손실은 모든 픽셀을 잉크일 확률로 다룹니다.</translation>
    </message>
    <message>
        <source>Here the code is shaped like a small image: a convolution, a max-pool and a dense layer turn the digit into a 14x14 map of 196 numbers; that dense layer (5,760 inputs to 196 outputs) holds nearly all of the model&apos;s 1.1 million parameters. The decoder is only a transposed convolution and a convolution, so each output pixel is built from a few neighbouring cells of the map; to give back the digit, the map has to keep the digit&apos;s layout at half the resolution. With 196 numbers the bottleneck is loose: reconstructions tend to be sharp, but the code compresses the image only fourfold.</source>
        <translation>이 모델의 코드는 작은 이미지 모양입니다: 합성곱, 최대 풀링, 밀집층이 숫자를 196개의 수로 된 14x14 맵으로 바꿉니다. 그 밀집층(입력 5,760개에서 출력 196개)이 모델의 파라미터 110만 개 거의 전부를 차지합니다. 디코더는 전치 합성곱 하나와 합성곱 하나뿐이므로 출력 픽셀 하나하나가 맵의 이웃한 몇 칸으로 만들어집니다. 숫자를 돌려주려면 맵이 절반 해상도에서 숫자의 배치를 유지해야 합니다. 196개의 수라면 병목이 느슨합니다: 재구성은 선명한 편이지만, 코드는 이미지를 4분의 1로만 압축합니다.</translation>
    </message>
    <message>
        <source>Click its reconstruction to see the 14x14 map in the latent code panel and compare it with your digit: you can usually recognise the digit in it, though its brightness need not follow the ink. Add noise and see how much of the noise reaches the map. Compare it with the Dense AE with a 10x10 code, whose 100 numbers have no layout at all.</source>
        <translation>재구성 이미지를 클릭해 잠재 코드 패널에서 14x14 맵을 보고 내가 그린 숫자와 비교해 보세요: 맵의 밝기가 잉크를 그대로 따르지는 않지만, 대개 그 안에서 숫자를 알아볼 수 있습니다. 노이즈를 더하고 노이즈가 맵에 얼마나 전달되는지 보세요. 100개의 수에 배치라는 것이 전혀 없는 &apos;10x10 코드의 밀집 AE&apos;와 비교해 보세요.</translation>
    </message>
    <message>
        <source>Denoising AE</source>
        <translation>잡음 제거 AE</translation>
    </message>
    <message>
        <source>Dense 784-256-128-64 denoiser on [-1, 1], trained on noisy inputs</source>
        <translation>[-1, 1] 범위의 밀집층 784-256-128-64 잡음 제거기, 노이즈 섞인 입력으로 훈련</translation>
    </message>
    <message>
        <source>Denoising dense autoencoder (PyTorch tutorial style, Tanh output)</source>
        <translation>잡음 제거 밀집 오토인코더 (PyTorch 튜토리얼 방식, Tanh 출력)</translation>
    </message>
    <message>
        <source>A denoising autoencoder gets a noisy digit as input but is scored against the clean one, so copying its input is not enough: it has to learn what digits look like and put back what the noise destroyed. This one is fully connected (784-256-128-64 and back, a code of 64 numbers), and its recipe adds Gaussian noise whose standard deviation is a quarter of the pixel range. It works on pixels scaled to -1 to 1 and ends in a Tanh, whose output has the same range.</source>
        <translation>잡음 제거 오토인코더는 노이즈 섞인 숫자를 입력으로 받지만 깨끗한 숫자와 비교해 점수를 받으므로, 입력을 복사하는 것만으로는 부족합니다: 숫자가 어떻게 생겼는지 배우고 노이즈가 망가뜨린 부분을 되돌려 놓아야 합니다. 이 모델은 완전 연결 구조이며(784-256-128-64와 그 역순, 64개의 수로 된 코드), 훈련 방법은 표준편차가 픽셀 범위의 4분의 1인 가우스 노이즈를 더합니다. -1~1로 스케일링한 픽셀에서 동작하며, 출력 범위가 같은 Tanh로 끝납니다.</translation>
    </message>
    <message>
        <source>Turn up Gaussian noise in the noise panel and compare its reconstruction with the other models&apos;: it should remove more of the noise than the autoencoders trained on clean digits. Then try masking and salt-and-pepper noise, which it never saw in training. View → Robustness curve (Ctrl+K) measures the same over 300 test digits at every noise amount.</source>
        <translation>노이즈 패널에서 가우스 노이즈를 올리고 이 모델의 재구성을 다른 모델들과 비교해 보세요: 깨끗한 숫자로 훈련한 오토인코더보다 노이즈를 더 많이 제거할 것입니다. 그다음 훈련 중에 한 번도 보지 못한 마스킹과 소금-후추 노이즈도 해 보세요. 보기 → 강건성 곡선(Ctrl+K)은 모든 노이즈 양에서 테스트 숫자 300개에 대해 같은 것을 측정합니다.</translation>
    </message>
    <message>
        <source>Conv AE with SELU — Hands-On ML</source>
        <translation>SELU 합성곱 AE — 핸즈온 머신러닝</translation>
    </message>
    <message>
        <source>Hands-On ML conv AE with SELU: 64x3x3 code, transposed-conv decoder</source>
        <translation>Hands-On ML의 SELU 합성곱 AE: 64x3x3 코드, 전치 합성곱 디코더</translation>
    </message>
    <message>
        <source>Géron, Hands-On Machine Learning, ch. 17 (convolutional AE)</source>
        <translation>Géron, 《핸즈온 머신러닝》 17장 (합성곱 AE)</translation>
    </message>
    <message>
        <source>A deeper convolutional autoencoder from Géron&apos;s book. Three stages of convolution and max-pooling halve the picture each time (28, 14, 7, 3) while the number of feature maps doubles (16, 32, 64): image networks typically trade space for features like this. It uses SELU, an activation designed to keep the signal&apos;s mean and variance steady from layer to layer. The decoder grows the picture back with transposed convolutions, which learn their own upsampling. Its recipe is plain SGD at a learning rate of 1.0, as in the book.</source>
        <translation>Géron의 책에 나오는 더 깊은 합성곱 오토인코더입니다. 합성곱과 최대 풀링의 세 단계가 그림을 매번 절반으로 줄이는(28, 14, 7, 3) 동안 특성 맵의 수는 두 배씩 늘어납니다(16, 32, 64): 이미지 신경망은 보통 이렇게 공간을 특성과 맞바꿉니다. 층에서 층으로 신호의 평균과 분산을 일정하게 유지하도록 설계된 활성화 함수 SELU를 사용합니다. 디코더는 업샘플링 방법을 스스로 배우는 전치 합성곱으로 그림을 다시 키웁니다. 훈련 방법은 책에서처럼 학습률 1.0의 기본 SGD입니다.</translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel tiles its 64 feature maps of only 3x3, so the code (576 numbers) keeps little of the layout and most of the information in its channels. Compare its reconstructions with those of the Convolutional AE — Keras blog, whose code has 128 numbers. The Training curves tab shows how plain SGD with a large learning rate got there.</source>
        <translation>재구성 이미지를 클릭하세요: 잠재 코드 패널이 3x3밖에 안 되는 특성 맵 64개를 타일로 배치합니다. 그래서 코드(576개의 수)는 배치 정보를 거의 담지 않고 정보 대부분을 채널에 담습니다. 코드가 128개의 수인 &apos;합성곱 AE — Keras 블로그&apos;와 재구성을 비교해 보세요. 훈련 곡선 탭에서 큰 학습률의 기본 SGD가 어떻게 그 결과에 이르렀는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>2-D conv AE — Generative Deep Learning</source>
        <translation>2차원 합성곱 AE — Generative Deep Learning</translation>
    </message>
    <message>
        <source>Foster&apos;s conv AE with a 2-D latent (the latent explorer&apos;s plane)</source>
        <translation>2차원 잠재 공간을 가진 Foster의 합성곱 AE (잠재 공간 탐색기의 평면)</translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, ch. 3 (autoencoder)</source>
        <translation>Foster, 《Generative Deep Learning》 3장 (오토인코더)</translation>
    </message>
    <message>
        <source>The code has only two numbers, so every digit becomes a point on a plane that you can look at directly. Foster&apos;s encoder (four convolutions with LeakyReLU, then a dense layer to 2 numbers) learns to put similar digits near each other, which turns the plane into a map of the data set. But nothing asks it to fill the plane evenly: the groups of digits get different sizes and shapes with gaps between them, and a point in a gap decodes to something that is no clear digit. Two numbers are also a very tight bottleneck, so reconstructions are blurry and sometimes show another digit.</source>
        <translation>코드가 수 두 개뿐이라서 모든 숫자가 직접 볼 수 있는 평면 위의 한 점이 됩니다. Foster의 인코더(LeakyReLU를 쓰는 합성곱 4개, 이어서 수 2개로 가는 밀집층)는 비슷한 숫자를 가까이 두도록 배우며, 그 덕분에 평면은 데이터 세트의 지도가 됩니다. 하지만 평면을 고르게 채우라고 요구하는 것은 아무것도 없습니다: 숫자 그룹들은 크기와 모양이 제각각이고 그 사이에 빈틈이 있으며, 빈틈에 있는 점은 분명한 숫자가 아닌 무언가로 디코딩됩니다. 수 두 개는 아주 좁은 병목이기도 해서, 재구성은 흐릿하고 때로는 다른 숫자가 나옵니다.</translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel shows your digit as a cross among test digits coloured by their label; draw slowly and watch the cross move. In View → Latent space explorer (Ctrl+T) the decoded grid shows which digit each point of the plane stands for, and a click in a gap between the groups shows what the decoder makes of it. Compare its plane with the VAE&apos;s.</source>
        <translation>재구성 이미지를 클릭하세요: 잠재 코드 패널이 레이블별로 색을 입힌 테스트 숫자들 사이에 내 숫자를 십자로 보여 줍니다. 천천히 그리면서 십자가 움직이는 것을 보세요. 보기 → 잠재 공간 탐색기(Ctrl+T)에서는 디코딩 그리드가 평면의 각 점이 어떤 숫자를 나타내는지 보여 주고, 그룹 사이의 빈틈을 클릭하면 디코더가 그 점을 어떻게 만드는지 볼 수 있습니다. 이 모델의 평면을 VAE의 평면과 비교해 보세요.</translation>
    </message>
    <message>
        <source>VAE — Generative Deep Learning</source>
        <translation>VAE — Generative Deep Learning</translation>
    </message>
    <message>
        <source>Variational AE of the same shape, 2-D latent, loss = BCE + KL</source>
        <translation>같은 모양의 변분 AE, 2차원 잠재 공간, 손실 = BCE + KL</translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, ch. 3 (variational autoencoder)</source>
        <translation>Foster, 《Generative Deep Learning》 3장 (변분 오토인코더)</translation>
    </message>
    <message>
        <source>A variational autoencoder of the same shape as the 2-D conv AE. Its encoder gives a mean and a log-variance for each of the two numbers, and in training the code is sampled from that distribution (the reparameterisation trick), so nearby points must decode to similar digits. A second loss term, the KL divergence, pulls every digit&apos;s distribution towards a standard normal, which packs the digits around the origin without gaps. The loss (binary cross-entropy summed over the pixels, plus KL) is the negative evidence lower bound, −ELBO, in nats; the result is a generative model: points near the origin decode to plausible digits.</source>
        <translation>2차원 합성곱 AE와 같은 모양의 변분 오토인코더입니다. 인코더는 두 수 각각에 대해 평균과 로그 분산을 내놓고, 훈련 중에는 코드를 그 분포에서 샘플링하므로(재매개변수화 트릭) 가까운 점들은 비슷한 숫자로 디코딩되어야 합니다. 두 번째 손실 항인 KL 발산이 모든 숫자의 분포를 표준 정규 분포 쪽으로 끌어당겨, 숫자들을 빈틈 없이 원점 주위에 모읍니다. 손실(픽셀에 대해 합한 이진 교차 엔트로피 더하기 KL)은 음의 증거 하한 −ELBO이며 단위는 nats입니다. 그 결과 생성 모델이 됩니다: 원점 근처의 점들은 그럴듯한 숫자로 디코딩됩니다.</translation>
    </message>
    <message>
        <source>Open View → Latent space explorer (Ctrl+T) and compare its plane with the 2-D conv AE&apos;s: the groups touch, and the decoded grid changes smoothly from one digit to the next. Click near the centre to make a digit that is in no data set, or interpolate between two digits and see every step look like a digit. The app shows the mean of the code (no sampling), so the same drawing always gives the same point.</source>
        <translation>보기 → 잠재 공간 탐색기(Ctrl+T)를 열고 이 모델의 평면을 2차원 합성곱 AE의 평면과 비교해 보세요: 그룹들이 서로 맞닿아 있고, 디코딩 그리드는 한 숫자에서 다음 숫자로 매끄럽게 바뀝니다. 가운데 근처를 클릭해 어떤 데이터 세트에도 없는 숫자를 만들어 보거나, 두 숫자 사이를 보간해 모든 단계가 숫자처럼 보이는지 확인해 보세요. 앱은 코드의 평균을 보여 주므로(샘플링 없음) 같은 그림은 언제나 같은 점을 줍니다.</translation>
    </message>
    <message>
        <source>Bottleneck family: dense AE</source>
        <translation>병목 계열: 밀집 AE</translation>
    </message>
    <message>
        <source>Dense 784-256-z encoder with a linear code of z numbers, z-256-784 decoder, sigmoid output</source>
        <translation>수 z개의 선형 코드로 가는 밀집층 784-256-z 인코더, z-256-784 디코더, 시그모이드 출력</translation>
    </message>
    <message>
        <source>Dense autoencoder with the code size as a parameter (bottleneck sweep)</source>
        <translation>코드 크기를 매개변수로 둔 밀집 오토인코더 (병목 크기 바꿔 보기)</translation>
    </message>
    <message>
        <source>One architecture with the size of the code as a parameter: 784 pixels go through 256 ReLU units to a linear code of z numbers and back through 256 units to 784. Training it for several z is a bottleneck sweep: the smaller the code, the less of the digit can survive the trip, so the reconstruction error falls as z grows, quickly at first and then hardly at all. The curve of error against code size is a rate–distortion curve: it shows how many numbers a digit really needs.</source>
        <translation>코드 크기를 매개변수로 둔 하나의 아키텍처입니다: 784개 픽셀이 ReLU 유닛 256개를 거쳐 수 z개의 선형 코드로 갔다가, 다시 유닛 256개를 거쳐 784개로 돌아옵니다. 여러 z로 훈련하면 병목 크기를 바꿔 보는 실험이 됩니다: 코드가 작을수록 숫자의 정보가 덜 살아남으므로, 재구성 오차는 z가 커질수록 처음에는 빠르게, 나중에는 거의 줄지 않습니다. 코드 크기에 따른 오차 곡선은 비율–왜곡 곡선이며, 숫자 하나에 실제로 수가 몇 개나 필요한지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Open View → Bottleneck: one row shows your digit reconstructed by every code size, from 2 to 128 numbers, and the curve below plots each size&apos;s test error on a log axis. Draw a digit and see at which size its details (a loop, a serif) appear. Train another size from Models → Train and it joins the curve.</source>
        <translation>보기 → 병목을 여세요: 한 줄에 내 숫자를 수 2개부터 128개까지 모든 코드 크기로 재구성한 결과가 나오고, 아래 곡선은 크기별 테스트 오차를 로그 축에 그립니다. 숫자를 그려 보고 어느 크기에서 세부(고리, 삐침)가 나타나는지 보세요. 모델 → 훈련에서 다른 크기를 훈련하면 곡선에 더해집니다.</translation>
    </message>
    <message>
        <source>Bottleneck family: conv AE</source>
        <translation>병목 계열: 합성곱 AE</translation>
    </message>
    <message>
        <source>Foster&apos;s conv encoder and decoder around a code of z numbers</source>
        <translation>수 z개의 코드를 둘러싼 Foster의 합성곱 인코더와 디코더</translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, ch. 3, with the code size as a parameter</source>
        <translation>Foster, 《Generative Deep Learning》 3장, 코드 크기를 매개변수로 둠</translation>
    </message>
    <message>
        <source>Foster&apos;s convolutional encoder and decoder (the 2-D conv AE) around a code of z numbers instead of 2. Convolutions give the model a notion of neighbouring pixels, so for the same code size it usually reconstructs better than the dense family; the comparison shows what the architecture adds beyond the bottleneck.</source>
        <translation>Foster의 합성곱 인코더와 디코더(2차원 합성곱 AE)를 수 2개 대신 z개의 코드로 이은 모델입니다. 합성곱은 모델에 이웃한 픽셀이라는 개념을 주므로, 같은 코드 크기에서 보통 밀집 계열보다 재구성을 더 잘합니다. 둘을 비교하면 병목 말고 아키텍처가 더해 주는 것이 보입니다.</translation>
    </message>
    <message>
        <source>Train it from Models → Train with a code size of your choice. The bottleneck view&apos;s curve then shows it beside the dense family, and its reconstruction joins the main window&apos;s panes.</source>
        <translation>모델 → 훈련에서 원하는 코드 크기로 훈련하세요. 그러면 병목 보기의 곡선에 밀집 계열과 나란히 나타나고, 그 재구성이 메인 창의 재구성 창들에 더해집니다.</translation>
    </message>
    <message>
        <source>{title}, z = {z}</source>
        <translation>{title}, z = {z}</translation>
    </message>
    <message>
        <source>{name} ({architecture})</source>
        <translation>{name} ({architecture})</translation>
    </message>
</context>
<context>
    <name>NoisePanel</name>
    <message>
        <source>Gaussian</source>
        <translation>가우스</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>마스킹</translation>
    </message>
    <message>
        <source>Salt &amp;&amp; pepper</source>
        <translation>소금-후추</translation>
    </message>
    <message>
        <source>Gaussian: add amount × N(0, 1) to every pixel, clip to [0, 1]</source>
        <translation>가우스: 모든 픽셀에 양 × N(0, 1)을 더하고 [0, 1]로 자릅니다</translation>
    </message>
    <message>
        <source>Masking: set a random fraction (amount) of pixels to 0</source>
        <translation>마스킹: 무작위로 고른 일부 픽셀(비율 = 양)을 0으로 만듭니다</translation>
    </message>
    <message>
        <source>Salt and pepper: set a random fraction (amount) of pixels to 0 or 1</source>
        <translation>소금-후추: 무작위로 고른 일부 픽셀(비율 = 양)을 0 또는 1로 만듭니다</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <source>How the digit is corrupted before it reaches the models</source>
        <translation>숫자가 모델에 들어가기 전에 어떻게 손상되는지</translation>
    </message>
    <message>
        <source>Noise amount (0 = off). Gaussian: standard deviation on [0, 1] pixels; masking and salt &amp; pepper: fraction of pixels hit</source>
        <translation>노이즈 양(0 = 끔). 가우스: [0, 1] 픽셀 기준 표준편차, 마스킹과 소금-후추: 영향을 받는 픽셀의 비율</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Noise seed: the same seed gives the same noise pattern</source>
        <translation>노이즈 시드: 같은 시드는 같은 노이즈 패턴을 만듭니다</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>새 노이즈</translation>
    </message>
    <message>
        <source>Draw a fresh noise pattern (N)</source>
        <translation>새 노이즈 패턴을 뽑습니다 (N)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>양</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
</context>
<context>
    <name>PaneGrid</name>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>The canvas after MNIST preprocessing: cropped to the ink, longest side 20 px, centre of mass at the centre of 28x28</source>
        <translation>MNIST 전처리를 거친 캔버스: 잉크 부분만 잘라 긴 변을 20 px로 맞추고, 무게중심을 28x28의 가운데에 둡니다</translation>
    </message>
    <message>
        <source>Raw downscale</source>
        <translation>단순 축소</translation>
    </message>
    <message>
        <source>The whole canvas squashed to 28x28, without MNIST&apos;s recipe: this is what the models would get without preprocessing</source>
        <translation>MNIST의 전처리 없이 캔버스 전체를 28x28로 줄인 것: 전처리를 하지 않으면 모델이 받게 될 입력입니다</translation>
    </message>
    <message>
        <source>Model input</source>
        <translation>모델 입력</translation>
    </message>
    <message>
        <source>The digit after noise: every model receives exactly this</source>
        <translation>노이즈를 더한 숫자: 모든 모델이 정확히 이 입력을 받습니다</translation>
    </message>
    <message>
        <source>no noise</source>
        <translation>노이즈 없음</translation>
    </message>
    <message>
        <source>{title} (id: {name})
{description}
MSE and BCE: the error against the clean digit. The line below places that error among this model&apos;s errors on the 10,000 MNIST test digits: a digit worse than almost all of them does not look like MNIST to this model.
Click to show the latent code.</source>
        <translation>{title} (id: {name})
{description}
MSE와 BCE: 깨끗한 숫자와 비교한 오차입니다. 아래 줄은 그 오차가 MNIST 테스트 숫자 10,000개에 대한 이 모델의 오차 중 어디쯤인지 보여 줍니다. 거의 모든 테스트 숫자보다 오차가 크다면, 이 모델이 보기에 그 숫자는 MNIST 같지 않다는 뜻입니다.
클릭하면 잠재 코드를 보여 줍니다.</translation>
    </message>
    <message>
        <source>worse than {0} % of test digits</source>
        <translation>테스트 숫자의 {0} %보다 오차가 큼</translation>
    </message>
    <message>
        <source>draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <source>28x28, preprocessed</source>
        <translation>28x28, 전처리됨</translation>
    </message>
    <message>
        <source>whole canvas → 28x28</source>
        <translation>캔버스 전체 → 28x28</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{type}: {message}</source>
        <translation>{type}: {message}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>{n:,} bytes</source>
        <translation>{n:,}바이트</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}: 파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>{name}: cannot read file ({error})</source>
        <translation>{name}: 파일을 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>give the model a name</source>
        <translation>모델 이름을 입력하세요</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>이름이 {limit}자보다 깁니다</translation>
    </message>
    <message>
        <source>the name contains characters a file name cannot hold: {chars}</source>
        <translation>이름에 파일 이름에 쓸 수 없는 문자가 있습니다: {chars}</translation>
    </message>
    <message>
        <source>the name cannot start with a dot (it would be a hidden file)</source>
        <translation>이름은 점으로 시작할 수 없습니다(숨김 파일이 됩니다)</translation>
    </message>
    <message>
        <source>the name cannot end with a dot (Windows drops it)</source>
        <translation>이름은 점으로 끝날 수 없습니다(Windows가 점을 지웁니다)</translation>
    </message>
    <message>
        <source>the name cannot end with .json or .safetensors (the suffixes of a model&apos;s own files)</source>
        <translation>이름은 .json이나 .safetensors로 끝날 수 없습니다(모델 자신의 파일에 붙는 확장자입니다)</translation>
    </message>
    <message>
        <source>{name} is a reserved device name on Windows</source>
        <translation>{name}은(는) Windows에서 예약된 장치 이름입니다</translation>
    </message>
    <message>
        <source>not a usable model name: {reason}</source>
        <translation>사용할 수 없는 모델 이름입니다: {reason}</translation>
    </message>
    <message>
        <source>it starts or ends with a space</source>
        <translation>공백으로 시작하거나 끝납니다</translation>
    </message>
    <message>
        <source>not a checkpoint: give a model name or a .json or .safetensors file</source>
        <translation>체크포인트가 아닙니다: 모델 이름이나 .json 또는 .safetensors 파일을 지정하세요</translation>
    </message>
    <message>
        <source>weights file</source>
        <translation>가중치 파일</translation>
    </message>
    <message>
        <source>metadata file</source>
        <translation>메타데이터 파일</translation>
    </message>
    <message>
        <source>{what} not found</source>
        <translation>{what}을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the {what} ({error})</source>
        <translation>{what}을(를) 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>the {what} is not a regular file</source>
        <translation>{what}이(가) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the {what} is {size}, more than the {limit} a checkpoint may use</source>
        <translation>{what}의 크기가 {size}로, 체크포인트에 허용되는 {limit}보다 큽니다</translation>
    </message>
    <message>
        <source>the {what} is more than {limit}</source>
        <translation>{what}이(가) {limit}보다 큽니다</translation>
    </message>
    <message>
        <source>unusable metadata: {reason}</source>
        <translation>메타데이터를 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>this is a pickle-based PyTorch file (torch.save); AE Desktop only loads safetensors weights and never unpickles files, which can run code</source>
        <translation>pickle 기반 PyTorch 파일(torch.save)입니다. AE Desktop은 safetensors 가중치만 불러오며, 코드를 실행할 수 있는 pickle 파일은 절대 풀지 않습니다</translation>
    </message>
    <message>
        <source>not a safetensors file</source>
        <translation>safetensors 파일이 아닙니다</translation>
    </message>
    <message>
        <source>corrupt safetensors file ({error})</source>
        <translation>손상된 safetensors 파일입니다 ({error})</translation>
    </message>
    <message>
        <source>not the current weights of {meta}, which names {weights} (the model was saved again since)</source>
        <translation>{meta}의 현재 가중치가 아닙니다. {meta}은(는) {weights}을(를) 가리킵니다(그 사이에 모델이 다시 저장되었습니다)</translation>
    </message>
    <message>
        <source>missing tensors {names}</source>
        <translation>없는 텐서 {names}</translation>
    </message>
    <message>
        <source>unexpected tensors {names}</source>
        <translation>예상하지 못한 텐서 {names}</translation>
    </message>
    <message>
        <source>does not fit architecture {architecture}: {problems}</source>
        <translation>{architecture} 아키텍처에 맞지 않습니다: {problems}</translation>
    </message>
    <message>
        <source>tensor {name} has unsupported type {dtype}</source>
        <translation>텐서 {name}의 자료형 {dtype}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>tensor {name} has shape {shape}, architecture {architecture} needs {expected}</source>
        <translation>텐서 {name}의 형태는 {shape}인데, {architecture} 아키텍처에는 {expected}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>tensor {name} contains NaN or infinite values</source>
        <translation>텐서 {name}에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <source>a model named {name} already exists</source>
        <translation>{name}(이)라는 모델이 이미 있습니다</translation>
    </message>
    <message>
        <source>metadata cannot be saved: {reason}</source>
        <translation>메타데이터를 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>not enough memory to load this model</source>
        <translation>이 모델을 불러올 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>예상하지 못한 오류: {error}</translation>
    </message>
    <message>
        <source>no model named {name} in {folders}</source>
        <translation>{folders}에 {name}(이)라는 모델이 없습니다</translation>
    </message>
    <message>
        <source>could not load the models: {error}</source>
        <translation>모델을 불러오지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>cannot be used: {error}</source>
        <translation>사용할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>file is truncated ({n} bytes)</source>
        <translation>파일이 잘렸습니다({n}바이트)</translation>
    </message>
    <message>
        <source>file is truncated or not safetensors (header of {header:,} bytes, file of {size:,} bytes)</source>
        <translation>파일이 잘렸거나 safetensors 파일이 아닙니다(헤더 {header:,}바이트, 파일 {size:,}바이트)</translation>
    </message>
    <message>
        <source>safetensors header of {n:,} bytes is larger than {limit}</source>
        <translation>safetensors 헤더({n:,}바이트)가 {limit}보다 큽니다</translation>
    </message>
    <message>
        <source>not a safetensors file (no JSON header)</source>
        <translation>safetensors 파일이 아닙니다(JSON 헤더가 없습니다)</translation>
    </message>
    <message>
        <source>not a safetensors file (header: {reason})</source>
        <translation>safetensors 파일이 아닙니다(헤더: {reason})</translation>
    </message>
    <message>
        <source>not a safetensors file (header is not a JSON object)</source>
        <translation>safetensors 파일이 아닙니다(헤더가 JSON 객체가 아닙니다)</translation>
    </message>
    <message>
        <source>larger than {limit} ({size} or more)</source>
        <translation>{limit}보다 큽니다({size} 이상)</translation>
    </message>
    <message>
        <source>nested {depth:,} levels deep (at most {limit} allowed)</source>
        <translation>{depth:,}단계로 중첩되어 있습니다(최대 {limit}단계까지 허용)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {position})</source>
        <translation>UTF-8 텍스트가 아닙니다({position}번째 바이트)</translation>
    </message>
    <message>
        <source>not valid JSON ({message} at line {line}, column {column})</source>
        <translation>올바른 JSON이 아닙니다({line}행 {column}열: {message})</translation>
    </message>
    <message>
        <source>not usable JSON (a number has too many digits)</source>
        <translation>사용할 수 없는 JSON입니다(자릿수가 너무 많은 수가 있습니다)</translation>
    </message>
    <message>
        <source>not usable JSON ({error})</source>
        <translation>사용할 수 없는 JSON입니다({error})</translation>
    </message>
    <message>
        <source>nested too deeply to read</source>
        <translation>너무 깊이 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <source>{where} must be a number, not {kind}</source>
        <translation>{where}은(는) {kind}이(가) 아니라 수여야 합니다</translation>
    </message>
    <message>
        <source>{where} is out of range</source>
        <translation>{where}이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>{where} must be finite, not {value}</source>
        <translation>{where}은(는) {value}이(가) 아니라 유한한 값이어야 합니다</translation>
    </message>
    <message>
        <source>{where} must be at least {minimum}, not {value}</source>
        <translation>{where}은(는) {value}이(가) 아니라 {minimum} 이상이어야 합니다</translation>
    </message>
    <message>
        <source>{where} must be a whole number, not {kind}</source>
        <translation>{where}은(는) {kind}이(가) 아니라 정수여야 합니다</translation>
    </message>
    <message>
        <source>{where} must be between {lo:,} and {hi:,}</source>
        <translation>{where}은(는) {lo:,}에서 {hi:,} 사이여야 합니다</translation>
    </message>
    <message>
        <source>{where} must be text, not {kind}</source>
        <translation>{where}은(는) {kind}이(가) 아니라 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>{where} is longer than {limit:,} characters</source>
        <translation>{where}이(가) {limit:,}자보다 깁니다</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where}이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>{where} must be an object, not {kind}</source>
        <translation>{where}은(는) {kind}이(가) 아니라 객체여야 합니다</translation>
    </message>
    <message>
        <source>{where} has more than {limit} keys</source>
        <translation>{where}의 키가 {limit}개보다 많습니다</translation>
    </message>
    <message>
        <source>{where} must be a list, not {kind}</source>
        <translation>{where}은(는) {kind}이(가) 아니라 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{where} has more than {limit:,} entries</source>
        <translation>{where}의 항목이 {limit:,}개보다 많습니다</translation>
    </message>
    <message>
        <source>{where} has an unsupported value</source>
        <translation>{where}에 지원하지 않는 값이 있습니다</translation>
    </message>
    <message>
        <source>{where} must be a pair [epoch, loss]</source>
        <translation>{where}은(는) [에포크, 손실] 쌍이어야 합니다</translation>
    </message>
    <message>
        <source>{where} has no mse</source>
        <translation>{where}에 mse가 없습니다</translation>
    </message>
    <message>
        <source>{where} has other metrics than history.epoch_val[0]</source>
        <translation>{where}의 지표가 history.epoch_val[0]의 지표와 다릅니다</translation>
    </message>
    <message>
        <source>weights must be a file name ending in {suffix} in the same folder, not {name}</source>
        <translation>weights는 {name}이(가) 아니라 같은 폴더에 있는, {suffix}(으)로 끝나는 파일 이름이어야 합니다</translation>
    </message>
    <message>
        <source>must be a JSON object, not {kind}</source>
        <translation>{kind}이(가) 아니라 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>not an AE Desktop checkpoint description (&quot;format&quot; is not {format})</source>
        <translation>AE Desktop 체크포인트 설명이 아닙니다(&quot;format&quot;이 {format}이(가) 아닙니다)</translation>
    </message>
    <message>
        <source>written by a newer AE Desktop (format version {version}; this version reads {supported})</source>
        <translation>더 새로운 AE Desktop이 저장한 파일입니다(형식 버전 {version}, 이 버전은 {supported}까지 읽습니다)</translation>
    </message>
    <message>
        <source>name contains control characters</source>
        <translation>name에 제어 문자가 있습니다</translation>
    </message>
    <message>
        <source>weights_dtype must be one of {choices}</source>
        <translation>weights_dtype은 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>has {n} unknown keys (at most {limit})</source>
        <translation>알 수 없는 키가 {n}개 있습니다(최대 {limit}개)</translation>
    </message>
    <message>
        <source>unknown architecture {name}; choose one of: {choices}</source>
        <translation>알 수 없는 아키텍처 {name}입니다. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <source>{architecture} has a fixed code; a latent size can be chosen for {families}</source>
        <translation>{architecture}의 코드 크기는 고정되어 있습니다. 잠재 크기는 {families}에서만 고를 수 있습니다</translation>
    </message>
    <message>
        <source>latent size {size} is outside {lo} to {hi} for {architecture}</source>
        <translation>잠재 크기 {size}은(는) {architecture}에 허용되는 {lo}~{hi} 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>the source of {path} is not available in this installation</source>
        <translation>이 설치본에는 {path}의 소스가 없습니다</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>class {name} not found in {path}</source>
        <translation>{path}에서 클래스 {name}을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>epochs must be at least 1</source>
        <translation>에포크는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>batch size must be at least 1</source>
        <translation>배치 크기는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>learning rate must be a positive number</source>
        <translation>학습률은 양수여야 합니다</translation>
    </message>
    <message>
        <source>unknown optimizer {name} (use adam or sgd)</source>
        <translation>알 수 없는 옵티마이저 {name}입니다(adam이나 sgd를 쓰세요)</translation>
    </message>
    <message>
        <source>noise factor must be between 0 and 2</source>
        <translation>노이즈 계수는 0에서 2 사이여야 합니다</translation>
    </message>
    <message>
        <source>limit must be at least 1</source>
        <translation>훈련에 쓸 숫자 수(limit)는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>precision must be auto, fp32 or bf16</source>
        <translation>정밀도는 auto, fp32, bf16 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>learning-rate schedule must be one of {choices}</source>
        <translation>학습률 스케줄은 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation>장치는 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>{path} is a {actual} model, not {expected}</source>
        <translation>{path}은(는) {expected}이(가) 아니라 {actual} 모델입니다</translation>
    </message>
    <message>
        <source>{path} has a code of {actual} numbers, not {expected}</source>
        <translation>{path}의 코드는 수 {expected}개가 아니라 {actual}개입니다</translation>
    </message>
    <message>
        <source>the loss became {value} at epoch {epoch}, batch {batch}; training stopped. Try a lower learning rate (it was {lr}).</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 손실이 {value}이(가) 되어 훈련을 멈췄습니다. 더 낮은 학습률로 해 보세요(이번 학습률은 {lr}).</translation>
    </message>
    <message>
        <source>the training process could not start: {error}</source>
        <translation>훈련 프로세스를 시작하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>training ended without a result</source>
        <translation>훈련이 결과 없이 끝났습니다</translation>
    </message>
    <message>
        <source>out of memory: try a smaller batch size or training set</source>
        <translation>메모리가 부족합니다: 배치 크기나 훈련 세트를 줄여 보세요</translation>
    </message>
    <message>
        <source>timeline tensor {name} has shape {shape}</source>
        <translation>타임라인 텐서 {name}의 형태가 {shape}입니다</translation>
    </message>
    <message>
        <source>unknown timeline tensors {names}</source>
        <translation>알 수 없는 타임라인 텐서 {names}</translation>
    </message>
    <message>
        <source>timeline lacks {names}</source>
        <translation>타임라인에 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>timeline tensor {name} is {dtype}, not {expected}</source>
        <translation>타임라인 텐서 {name}의 자료형이 {expected}이(가) 아니라 {dtype}입니다</translation>
    </message>
    <message>
        <source>timeline has {frames} frames (1 to {limit} allowed)</source>
        <translation>타임라인의 프레임이 {frames}개입니다(1~{limit}개 허용)</translation>
    </message>
    <message>
        <source>timeline tensor {name} holds NaN or infinite values</source>
        <translation>타임라인 텐서 {name}에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <source>timeline strip of {n} digits</source>
        <translation>타임라인의 숫자 줄이 {n}개입니다</translation>
    </message>
    <message>
        <source>timeline has scatter positions without labels, or labels alone</source>
        <translation>타임라인에 레이블 없는 산점도 위치나 위치 없는 레이블만 있습니다</translation>
    </message>
    <message>
        <source>timeline scatter of {n} digits</source>
        <translation>타임라인 산점도의 숫자가 {n}개입니다</translation>
    </message>
    <message>
        <source>timeline labels outside 0-9</source>
        <translation>타임라인 레이블이 0-9 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>timeline header is not JSON</source>
        <translation>타임라인 헤더가 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>the timeline cannot be read ({error})</source>
        <translation>타임라인을 읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>이미지 {n}개</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>레이블 {n}개</translation>
    </message>
    <message>
        <source>more</source>
        <translation>그보다 큰 크기</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>잘림</translation>
    </message>
    <message>
        <source>trailing data</source>
        <translation>뒤에 남는 데이터</translation>
    </message>
    <message>
        <source>corrupt gzip data</source>
        <translation>손상된 gzip 데이터</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>파일을 읽을 수 없음</translation>
    </message>
    <message>
        <source>{name}: image file too short for its header ({n} bytes)</source>
        <translation>{name}: 이미지 파일이 헤더보다 짧습니다({n}바이트)</translation>
    </message>
    <message>
        <source>{name}: images are {rows}x{cols}, expected 28x28</source>
        <translation>{name}: 이미지가 28x28이 아니라 {rows}x{cols}입니다</translation>
    </message>
    <message>
        <source>{name}: bad magic number {magic} (expected {images} for images or {labels} for labels); not an MNIST IDX file</source>
        <translation>{name}: 잘못된 매직 넘버 {magic}(이미지는 {images}, 레이블은 {labels}이어야 합니다). MNIST IDX 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{name}: header declares {what}; the limit is {limit:,}</source>
        <translation>{name}: 헤더가 {what}을(를) 선언합니다. 한도는 {limit:,}개입니다</translation>
    </message>
    <message>
        <source>{name}: header says {what} ({total} bytes) but the file has {has} ({kind})</source>
        <translation>{name}: 헤더에 적힌 내용은 {what}({total}바이트)인데 파일은 {has}입니다({kind})</translation>
    </message>
    <message>
        <source>{name}: {kind} ({error})</source>
        <translation>{name}: {kind} ({error})</translation>
    </message>
    <message>
        <source>{name}: header declares {what} ({size}); the limit is {limit}</source>
        <translation>{name}: 헤더가 {what}({size})을(를) 선언합니다. 한도는 {limit}입니다</translation>
    </message>
    <message>
        <source>{name}: header declares {what} ({size}) but decompresses to more; refusing</source>
        <translation>{name}: 헤더는 {what}({size})을(를) 선언하지만 압축을 풀면 그보다 커서 거부합니다</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an IDX file</source>
        <translation>{name}: IDX 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{name}: not a regular file</source>
        <translation>{name}: 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{name}: file is {size}; the limit is {limit} ({items:,} images)</source>
        <translation>{name}: 파일 크기가 {size}입니다. 한도는 {limit}입니다(이미지 {items:,}개)</translation>
    </message>
    <message>
        <source>{name}: file is empty</source>
        <translation>{name}: 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>{name}: file too short for an IDX header ({n} bytes)</source>
        <translation>{name}: 파일이 IDX 헤더보다 짧습니다({n}바이트)</translation>
    </message>
    <message>
        <source>{name}: label {label} is out of range 0-9</source>
        <translation>{name}: 레이블 {label}이(가) 0-9 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>unknown split {split}; use &apos;train&apos; or &apos;test&apos;</source>
        <translation>알 수 없는 분할 {split}입니다. &apos;train&apos;이나 &apos;test&apos;를 쓰세요</translation>
    </message>
    <message>
        <source>{name}: holds labels, not images</source>
        <translation>{name}: 이미지가 아니라 레이블이 들어 있습니다</translation>
    </message>
    <message>
        <source>{name}: holds images, not labels</source>
        <translation>{name}: 레이블이 아니라 이미지가 들어 있습니다</translation>
    </message>
    <message>
        <source>{name}: {images} images but {labels_file} has {labels} labels</source>
        <translation>{name}: 이미지는 {images}개인데 {labels_file}의 레이블은 {labels}개입니다</translation>
    </message>
    <message>
        <source>MNIST training set not found in {folder} ({reason}). Download it with &apos;ae-desktop download&apos; or point --data-dir / {variable} at a folder holding the IDX files.</source>
        <translation>{folder}에서 MNIST 훈련 세트를 찾지 못했습니다({reason}). &apos;ae-desktop download&apos;로 다운로드하거나, --data-dir / {variable}이(가) IDX 파일이 있는 폴더를 가리키게 하세요.</translation>
    </message>
    <message>
        <source>the server announces {size}; the limit for this file is {limit}; refusing</source>
        <translation>서버가 알린 크기는 {size}인데, 이 파일의 한도는 {limit}이므로 거부합니다</translation>
    </message>
    <message>
        <source>the server sent more than {limit}, the most {name} can be; refusing</source>
        <translation>서버가 {name}의 최대 크기인 {limit}보다 많이 보내서 거부합니다</translation>
    </message>
    <message>
        <source>transfer interrupted after {done} of {total} bytes</source>
        <translation>{total}바이트 중 {done}바이트를 받은 뒤 전송이 끊겼습니다</translation>
    </message>
    <message>
        <source>MD5 of the .gz does not match the published value</source>
        <translation>.gz 파일의 MD5가 공개된 값과 다릅니다</translation>
    </message>
    <message>
        <source>SHA-256 of the decompressed data does not match the known value</source>
        <translation>압축을 푼 데이터의 SHA-256이 알려진 값과 다릅니다</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose one of: {choices}</source>
        <translation>알 수 없는 데이터 세트 {name}입니다. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <source>{url}: {reason}</source>
        <translation>{url}: {reason}</translation>
    </message>
    <message>
        <source>could not download {name}: {errors}. Check the internet connection, or copy the IDX files into {folder} by hand.</source>
        <translation>{name}을(를) 다운로드하지 못했습니다: {errors}. 인터넷 연결을 확인하거나, IDX 파일을 {folder}에 직접 복사하세요.</translation>
    </message>
    <message>
        <source>{path}: too large ({what}; the limit is {limit:,} pixels)</source>
        <translation>{path}: 너무 큽니다({what}, 한도는 {limit:,}픽셀)</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height}픽셀</translation>
    </message>
    <message>
        <source>{n:,} pixels</source>
        <translation>{n:,}픽셀</translation>
    </message>
    <message>
        <source>more pixels than Pillow allows</source>
        <translation>Pillow가 허용하는 것보다 많은 픽셀</translation>
    </message>
    <message>
        <source>{path}: not an image (it is a folder)</source>
        <translation>{path}: 이미지가 아닙니다(폴더입니다)</translation>
    </message>
    <message>
        <source>{path}: not an image (not a regular file)</source>
        <translation>{path}: 이미지가 아닙니다(일반 파일이 아닙니다)</translation>
    </message>
    <message>
        <source>{path}: not an image (the file is empty)</source>
        <translation>{path}: 이미지가 아닙니다(파일이 비어 있습니다)</translation>
    </message>
    <message>
        <source>{path}: too large ({size} MB; the limit is {limit} MB for an image file)</source>
        <translation>{path}: 너무 큽니다({size} MB, 이미지 파일 한도는 {limit} MB)</translation>
    </message>
    <message>
        <source>{path}: not an image (unknown or damaged file format)</source>
        <translation>{path}: 이미지가 아닙니다(알 수 없거나 손상된 파일 형식)</translation>
    </message>
    <message>
        <source>{path}: too large to decode (out of memory)</source>
        <translation>{path}: 너무 커서 디코딩할 수 없습니다(메모리 부족)</translation>
    </message>
    <message>
        <source>{path}: not an image that can be decoded ({error})</source>
        <translation>{path}: 디코딩할 수 있는 이미지가 아닙니다({error})</translation>
    </message>
    <message>
        <source>unknown device {name} (use {choices})</source>
        <translation>알 수 없는 장치 {name}입니다({choices} 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>no CUDA GPU is available</source>
        <translation>사용할 수 있는 CUDA GPU가 없어서</translation>
    </message>
    <message>
        <source>Apple&apos;s MPS is not available</source>
        <translation>Apple MPS를 사용할 수 없어서</translation>
    </message>
    <message>
        <source>{device} was asked for but {why}; using the CPU</source>
        <translation>{device}을(를) 요청했지만 {why} CPU를 사용합니다</translation>
    </message>
    <message>
        <source>{reason}; using the CPU</source>
        <translation>{reason}. CPU를 사용합니다</translation>
    </message>
    <message>
        <source>no model named {name} is loaded</source>
        <translation>{name}(이)라는 모델을 불러오지 않았습니다</translation>
    </message>
    <message>
        <source>ask for 1 to {limit} digits, not {n}</source>
        <translation>숫자는 {n}개가 아니라 1~{limit}개를 요청하세요</translation>
    </message>
    <message>
        <source>test digit indices run from 0 to {last}</source>
        <translation>테스트 숫자 인덱스는 0부터 {last}까지입니다</translation>
    </message>
    <message>
        <source>ask for 1 to {limit} finite points (K, 2)</source>
        <translation>유한한 점 1~{limit}개를 요청하세요 (K, 2)</translation>
    </message>
    <message>
        <source>unknown job {name}</source>
        <translation>알 수 없는 작업 {name}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>reconstruction failed: {error}</source>
        <translation>재구성에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>the engine could not start: {error}</source>
        <translation>엔진을 시작하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>{why}. It was restarted {n} times and keeps stopping; restart AE Desktop.</source>
        <translation>{why}. 엔진을 {n}번 다시 시작했지만 계속 멈춥니다. AE Desktop을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>the engine connection failed: {error}</source>
        <translation>엔진 연결에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>the engine sent an unreadable reply ({error})</source>
        <translation>엔진이 읽을 수 없는 응답을 보냈습니다({error})</translation>
    </message>
    <message>
        <source>the result could not be read ({error})</source>
        <translation>결과를 읽을 수 없었습니다({error})</translation>
    </message>
    <message>
        <source>the engine stopped unexpectedly ({exit})</source>
        <translation>엔진이 예기치 않게 멈췄습니다({exit})</translation>
    </message>
    <message>
        <source>the engine stopped during this job ({why})</source>
        <translation>이 작업 도중 엔진이 멈췄습니다({why})</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>종료 코드 {code}</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>{signal}(으)로 강제 종료됨</translation>
    </message>
    <message>
        <source>killed by signal {number}</source>
        <translation>시그널 {number}(으)로 강제 종료됨</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>아직 실행 중</translation>
    </message>
    <message>
        <source>the training supervisor stopped unexpectedly</source>
        <translation>훈련 감독 프로세스가 예기치 않게 멈췄습니다</translation>
    </message>
    <message>
        <source>the training supervisor failed: {error}</source>
        <translation>훈련 감독 프로세스가 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>the training process sent an unreadable message ({error}); it was stopped</source>
        <translation>훈련 프로세스가 읽을 수 없는 메시지를 보내서({error}) 중지시켰습니다</translation>
    </message>
    <message>
        <source>the training process sent an unexpected message ({kind}); it was stopped</source>
        <translation>훈련 프로세스가 예상하지 못한 메시지를 보내서({kind}) 중지시켰습니다</translation>
    </message>
    <message>
        <source>the training process stopped unexpectedly ({exit}); it may have run out of memory</source>
        <translation>훈련 프로세스가 예기치 않게 멈췄습니다({exit}). 메모리가 부족했을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>RobustnessWindow</name>
    <message>
        <source>Robustness curve</source>
        <translation>강건성 곡선</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <source>Reconstruction error vs noise</source>
        <translation>노이즈에 따른 재구성 오차</translation>
    </message>
    <message>
        <source>noise amount</source>
        <translation>노이즈 양</translation>
    </message>
    <message>
        <source>MSE against the clean digit</source>
        <translation>깨끗한 숫자 대비 MSE</translation>
    </message>
    <message>
        <source>Noise type</source>
        <translation>노이즈 종류</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>mean over {n} test digits</source>
        <translation>테스트 숫자 {n}개의 평균</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>실패: {reason}</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Encoder params: {n}</source>
        <translation>인코더 파라미터: {n}</translation>
    </message>
    <message>
        <source>Decoder params: {n}</source>
        <translation>디코더 파라미터: {n}</translation>
    </message>
    <message>
        <source>Total params: {n}</source>
        <translation>전체 파라미터: {n}</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>디코더</translation>
    </message>
    <message>
        <source>Layer (type)</source>
        <translation>층 (종류)</translation>
    </message>
    <message>
        <source>Output Shape</source>
        <translation>출력 형태</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Model: &quot;{name}&quot;</source>
        <translation>모델: &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Model: &quot;{name}&quot;  ({description})</source>
        <translation>모델: &quot;{name}&quot;  ({description})</translation>
    </message>
    <message>
        <source>Input range {range}, latent shape {shape}, loss {loss}</source>
        <translation>입력 범위 {range}, 잠재 형태 {shape}, 손실 {loss}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>출처: {source}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>loss (BCE per pixel)</source>
        <translation>손실 (픽셀당 BCE)</translation>
    </message>
    <message>
        <source>loss (MSE per pixel)</source>
        <translation>손실 (픽셀당 MSE)</translation>
    </message>
    <message>
        <source>loss (−ELBO, nats per digit)</source>
        <translation>손실 (−ELBO, 숫자당 nats)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Drag to replay the training run: each position is one moment recorded while the model learned (a few inside the first epoch, then one per epoch). Arrow keys step, Home and End jump to the start and the end.</source>
        <translation>끌어서 훈련 과정을 다시 보세요: 각 위치는 모델이 배우는 동안 기록한 한 순간입니다(첫 에포크 안에서 몇 번, 그다음에는 에포크마다 한 번). 화살표 키로 한 단계씩, Home과 End로 처음과 끝으로 이동합니다.</translation>
    </message>
    <message>
        <source>How far training had got at this moment, in passes over the training set (epochs)</source>
        <translation>이 순간까지 훈련이 얼마나 진행되었는지, 훈련 세트를 훑은 횟수(에포크)로 나타냅니다</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>The training loss (averaged over the batches since the previous moment) and the same loss on validation digits; the line marks the moment shown</source>
        <translation>훈련 손실(이전 순간 이후 배치들의 평균)과 검증 숫자에서 잰 같은 손실입니다. 세로선은 지금 보이는 순간을 표시합니다</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Top: test digits as the model saw them; bottom: its reconstructions at this moment of training</source>
        <translation>위: 모델이 본 테스트 숫자, 아래: 훈련의 이 순간에 모델이 만든 재구성</translation>
    </message>
    <message>
        <source>Test digits in the 2-D code</source>
        <translation>2차원 코드 속 테스트 숫자</translation>
    </message>
    <message>
        <source>Where the encoder put test digits at this moment, coloured by their label. The axes stay fixed while you move the slider, so you see the groups of digits form and spread out.</source>
        <translation>이 순간에 인코더가 테스트 숫자를 어디에 두었는지 레이블별 색으로 보여 줍니다. 슬라이더를 움직이는 동안 축은 고정되므로 숫자 그룹이 생기고 퍼지는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정 안 함</translation>
    </message>
    <message>
        <source>Moment {n} of {frames}: training loss {train}, validation loss {val}.</source>
        <translation>순간 {n}/{frames}: 훈련 손실 {train}, 검증 손실 {val}.</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>다시 보기 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Play the run from this moment to the end (Space)</source>
        <translation>이 순간부터 끝까지 훈련 과정을 재생합니다 (Space)</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Automatic (GPU if present)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>모델 훈련</translation>
    </message>
    <message>
        <source>How many numbers the code (the bottleneck) has. Only the bottleneck families take a size; other architectures have a fixed code, shown here. A smaller code keeps less of the digit.</source>
        <translation>코드(병목)가 가진 수의 개수입니다. 병목 계열만 크기를 정할 수 있고, 다른 아키텍처는 여기 보이는 고정된 코드를 씁니다. 코드가 작을수록 숫자의 정보가 덜 남습니다.</translation>
    </message>
    <message>
        <source>Train on noised inputs against clean targets (the denoising tutorial&apos;s factor: 0.5 = std 0.25 on [0, 1] pixels)</source>
        <translation>노이즈를 더한 입력을 깨끗한 목표와 비교하며 훈련합니다(잡음 제거 튜토리얼의 계수: 0.5 = [0, 1] 픽셀 기준 표준편차 0.25)</translation>
    </message>
    <message>
        <source>Subset of</source>
        <translation>일부만 사용:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation>개 숫자</translation>
    </message>
    <message>
        <source>Where the model trains. Automatic uses a CUDA GPU or Apple&apos;s MPS when this computer has one, else the CPU; a device that is missing falls back to the CPU, and the dialog says so.</source>
        <translation>모델을 훈련할 장치입니다. 자동은 이 컴퓨터에 CUDA GPU나 Apple MPS가 있으면 그것을, 없으면 CPU를 사용합니다. 없는 장치를 고르면 CPU를 대신 사용하며, 대화 상자에 그 사실을 알립니다.</translation>
    </message>
    <message>
        <source>File name of the new model in your models folder</source>
        <translation>모델 폴더에 저장할 새 모델의 파일 이름</translation>
    </message>
    <message>
        <source>Continue training from</source>
        <translation>이어서 훈련할 모델:</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>잠재 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation>노이즈 계수</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>훈련 세트</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>모델 이름</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>train (smoothed)</source>
        <translation>훈련 (평활화)</translation>
    </message>
    <message>
        <source>test (per epoch)</source>
        <translation>테스트 (에포크마다)</translation>
    </message>
    <message>
        <source>Top: model inputs; bottom: reconstructions after the last epoch</source>
        <translation>위: 모델 입력, 아래: 마지막 에포크 후의 재구성</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>훈련 취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>다시 보기</translation>
    </message>
    <message>
        <source>The run as it happens: losses, reconstructions and test metrics</source>
        <translation>진행 중인 훈련: 손실, 재구성, 테스트 지표</translation>
    </message>
    <message>
        <source>After a run: replay how the model learned with a slider</source>
        <translation>훈련이 끝난 뒤: 모델이 배운 과정을 슬라이더로 다시 봅니다</translation>
    </message>
    <message>
        <source>{title} (shipped)</source>
        <translation>{title} (앱에 포함)</translation>
    </message>
    <message>
        <source>Cannot use this name: {reason}.</source>
        <translation>이 이름은 사용할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>A model called {name} already exists in your models folder; Start will ask before replacing it.</source>
        <translation>모델 폴더에 {name}이라는 모델이 이미 있습니다. 시작을 누르면 바꿀지 먼저 묻습니다.</translation>
    </message>
    <message>
        <source>A shipped model is called {name}; yours will be shown instead of it.</source>
        <translation>앱에 포함된 모델 중에 {name}이 있습니다. 그 모델 대신 직접 훈련한 모델이 표시됩니다.</translation>
    </message>
    <message>
        <source>Training set found in {folder}.</source>
        <translation>{folder}에서 훈련 세트를 찾았습니다.</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>시작할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Cannot start: {reason}</source>
        <translation>시작할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Replace model?</source>
        <translation>모델을 바꿀까요?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>{name}을(를) 바꿀까요?</translation>
    </message>
    <message>
        <source>A model called {name} is already in {folder}. If training finishes, the new model takes its place and the old one is gone. Until then the old model stays as it is. Cancel to keep it and choose another name.</source>
        <translation>{folder}에 {name}이라는 모델이 이미 있습니다. 훈련이 끝나면 새 모델이 그 자리를 차지하고 예전 모델은 사라집니다. 그때까지 예전 모델은 그대로 남아 있습니다. 예전 모델을 지키려면 취소하고 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>{name} was not replaced. Choose another name to keep both models.</source>
        <translation>{name}을(를) 바꾸지 않았습니다. 두 모델을 모두 두려면 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Training {name} ({architecture}) in a background process; the main window stays usable.</source>
        <translation>백그라운드 프로세스에서 {name}({architecture})을(를) 훈련하는 중입니다. 메인 창은 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs} · {speed} digits/s on {device} · ETA {eta}</source>
        <translation>에포크 {epoch}/{epochs} · {device}에서 초당 숫자 {speed}개 · 남은 시간 {eta}</translation>
    </message>
    <message>
        <source>After epoch {epoch}: train loss {loss}; on {n} test digits BCE {bce}, MSE {mse}, rounded accuracy {accuracy}, denoising MSE {denoise}</source>
        <translation>에포크 {epoch} 후: 훈련 손실 {loss}. 테스트 숫자 {n}개에서 BCE {bce}, MSE {mse}, 반올림 정확도 {accuracy}, 잡음 제거 MSE {denoise}</translation>
    </message>
    <message>
        <source>, −ELBO {elbo} nats</source>
        <translation>, −ELBO {elbo} nats</translation>
    </message>
    <message>
        <source>Saved {name} ({seconds} s): test BCE {bce}, MSE {mse}. It is now in the model list.</source>
        <translation>{name}을(를) 저장했습니다({seconds}초): 테스트 BCE {bce}, MSE {mse}. 이제 모델 목록에 있습니다.</translation>
    </message>
    <message>
        <source> ({requested} appeared in the models folder during training, so the new model got a name of its own.)</source>
        <translation> (훈련 중에 모델 폴더에 {requested}이(가) 생겨서, 새 모델에는 다른 이름을 붙였습니다.)</translation>
    </message>
    <message>
        <source>Training stopped: {reason}</source>
        <translation>훈련이 멈췄습니다: {reason}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>훈련 중지</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved and existing models are unchanged.</source>
        <translation>훈련을 취소했습니다. 아무것도 저장되지 않았고 기존 모델은 그대로입니다.</translation>
    </message>
</context>
</TS>
